import Box from '@mui/material/Box';
import {
  DataTable,
  List,
  NumberField,
  ReferenceField,
  SimpleList,
  TextInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { NarrowOr } from '../fields/NarrowOr';
import { DateTimeField } from '../fields/DateTimeField';
import { PayloadSummary } from '../fields/PayloadSummary';
import type { HistoryEvent } from '../types';
import { EmptyState } from '../fields/EmptyState';
import { auditExporter } from '../exports/work-exports';

const filters = [<TextInput key="q" source="q" alwaysOn />, <TextInput key="processId" source="processId" />];

const Type = () => {
  const record = useRecordContext<HistoryEvent>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      {record.type.startsWith('xstate.after.')
        ? translate('gremium.history.timer')
        : translate(`gremium.commands.${record.type}`, { _: record.type })}
    </>
  );
};

const Actor = () => {
  const record = useRecordContext<HistoryEvent>();
  const translate = useTranslate();
  if (!record) return null;
  const { actor } = record;
  if (actor.type === 'system') return <>{translate('gremium.history.system')}</>;
  if (!actor.personId) return <>{translate('gremium.history.account')}</>;
  return (
    <ReferenceField
      record={{ id: record.id, personId: actor.personId }}
      source="personId"
      reference="people"
      link="show"
    />
  );
};

const Details = () => {
  const record = useRecordContext<HistoryEvent & { hash: string; prevHash: string }>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ display: 'grid', gap: 1, typography: 'body2' }}>
      <PayloadSummary payload={record.payload} />
      <Box sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
        {translate('gremium.audit.hash')}: {record.hash}
      </Box>
    </Box>
  );
};

/** The append-only, hash-chained record of every start, command and timer. */
export const AuditEventList = () => (
  <List
    filters={filters}
    sort={{ field: 'at', order: 'DESC' }}
    exporter={auditExporter}
    empty={<EmptyState access={false} />}
  >
    <NarrowOr
      narrow={
        <SimpleList<HistoryEvent>
          rowClick={false}
          primaryText={<Type />}
          secondaryText={<ReferenceField source="processId" reference="processes" link={false} />}
          tertiaryText={<DateTimeField source="at" />}
        />
      }
    >
      <DataTable<HistoryEvent> rowClick="expand" expand={<Details />} bulkActionButtons={false}>
        <DataTable.Col source="at" field={DateTimeField} />
        <DataTable.Col source="type" field={Type} />
        <DataTable.Col source="actor" disableSort field={Actor} />
        <DataTable.Col source="processId" disableSort>
          <ReferenceField source="processId" reference="processes" link="show" />
        </DataTable.Col>
        <DataTable.Col source="seq" field={NumberField} />
      </DataTable>
    </NarrowOr>
  </List>
);
