import {
  DataTable,
  List,
  NumberField,
  ReferenceField,
  SelectInput,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateTimeField } from '../fields/DateTimeField';
import { RetryButton } from './RetryButton';

interface IncidentRecord {
  id: string;
  kind: 'command' | 'timer';
  type: string;
  processId: string | null;
}

const filters = [
  <SelectInput
    key="kind"
    source="kind"
    alwaysOn
    choices={[
      { id: 'command', name: 'gremium.incidents.kind.command' },
      { id: 'timer', name: 'gremium.incidents.kind.timer' },
    ]}
  />,
];

const Kind = () => {
  const record = useRecordContext<IncidentRecord>();
  const translate = useTranslate();
  return record ? <>{translate(`gremium.incidents.kind.${record.kind}`)}</> : null;
};

const Type = () => {
  const record = useRecordContext<IncidentRecord>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.type.startsWith('xstate.after.') || record.type === 'schedule')
    return <>{translate('gremium.history.timer')}</>;
  return <>{translate(`gremium.commands.${record.type}`, { _: record.type })}</>;
};

/** What keeps failing for technical reasons (not a refusal), with a retry per row: the coordination office only. */
export const IncidentList = () => (
  <List filters={filters} sort={{ field: 'lastFailedAt', order: 'DESC' }} empty={false}>
    <DataTable<IncidentRecord> rowClick={false} bulkActionButtons={false}>
      <DataTable.Col source="lastFailedAt" field={DateTimeField} />
      <DataTable.Col source="kind" disableSort field={Kind} />
      <DataTable.Col source="type" disableSort field={Type} />
      <DataTable.Col source="processId" disableSort>
        <ReferenceField source="processId" reference="processes" link="show" emptyText="–" />
      </DataTable.Col>
      <DataTable.Col source="attempts" disableSort field={NumberField} />
      <DataTable.Col source="lastError" disableSort field={TextField} />
      <DataTable.Col label="gremium.actions" disableSort field={RetryButton} />
    </DataTable>
  </List>
);
