import { useGetManyAggregate, useRecordContext, useTranslate } from 'react-admin';
import { useProcessLabels } from '../definitions/useLabels';
import type { ProcessRecord } from '../types';

/** The group a process is about, when its context names only the id. */
const GroupName = ({ id }: { id: string }) => {
  const { data } = useGetManyAggregate<{ id: string; name: string }>('working-groups', { ids: [id] });
  return <>{data?.[0]?.name ?? '…'}</>;
};

/** "Gründung einer Arbeitsgruppe: Schulumfeld und Freizeit": the kind of process and what it is about. */
export const ProcessTitle = ({ record }: { record?: Pick<ProcessRecord, 'definition' | 'context'> }) => {
  const contextRecord = useRecordContext<ProcessRecord>();
  const process = record ?? contextRecord;
  const translate = useTranslate();
  const labels = useProcessLabels();
  if (!process) return null;
  const kind = labels.definitionLabel(process.definition);
  const { name, title, seat, workingGroupId } = process.context;
  if (typeof name === 'string' || typeof title === 'string')
    return <>{`${kind}: ${String(name ?? title)}`}</>;
  if (typeof seat === 'string') return <>{`${kind}: ${translate(`gremium.seats.${seat}`, { _: seat })}`}</>;
  if (typeof workingGroupId === 'string') {
    return (
      <>
        {kind}: <GroupName id={workingGroupId} />
      </>
    );
  }
  return <>{kind}</>;
};
