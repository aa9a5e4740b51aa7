import { useRecordContext, useTranslate } from 'react-admin';
import type { ProcessRecord } from '../types';

/** "Gründung einer Arbeitsgruppe: Schulumfeld und Freizeit": the kind of process and what it is about. */
export const ProcessTitle = () => {
  const process = useRecordContext<ProcessRecord>();
  const translate = useTranslate();
  if (!process) return null;
  const kind = translate(`gremium.definitions.${process.definition}`, { _: process.definition });
  const { name, title } = process.context;
  const subject = typeof name === 'string' ? name : typeof title === 'string' ? title : null;
  return <>{subject ? `${kind}: ${subject}` : kind}</>;
};
