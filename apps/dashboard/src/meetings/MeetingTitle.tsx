import { useRecordContext, useTranslate } from 'react-admin';
import type { MeetingRecord } from '../types';

export const MeetingTitle = () => {
  const record = useRecordContext<MeetingRecord>();
  const translate = useTranslate();
  return <>{record ? `${translate('resources.meetings.name', { smart_count: 1 })}: ${record.title}` : ''}</>;
};
