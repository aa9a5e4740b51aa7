import {
  CreateButton,
  ExportButton,
  DataTable,
  List,
  SelectInput,
  SimpleList,
  TopToolbar,
  type SelectInputProps,
} from 'react-admin';
import { useProcessLabels } from '../definitions/useLabels';
import { NarrowOr } from '../fields/NarrowOr';
import { DateTimeField } from '../fields/DateTimeField';
import { ShowLink } from '../fields/ShowLink';
import { TranslatedField } from '../fields/TranslatedField';
import type { ProcessRecord } from '../types';
import { ProcessStateField } from './ProcessStateField';
import { ProcessTitle } from './ProcessTitle';
import { EmptyState } from '../fields/EmptyState';
import { processExporter } from '../exports/work-exports';

/** Every definition this build runs, in the user's language. */
const DefinitionInput = (props: SelectInputProps) => {
  const labels = useProcessLabels();
  const choices = (labels.definitions ?? []).map(({ key }) => ({
    id: key,
    name: labels.definitionLabel(key),
  }));
  return <SelectInput {...props} choices={choices} translateChoice={false} />;
};

const filters = [
  <SelectInput
    key="status"
    source="status"
    alwaysOn
    choices={[
      { id: 'active', name: 'gremium.process_status.active' },
      { id: 'done', name: 'gremium.process_status.done' },
    ]}
  />,
  <DefinitionInput key="definition" source="definition" alwaysOn />,
];

const actions = (
  <TopToolbar>
    <CreateButton label="gremium.processes.start" />
    <ExportButton />
  </TopToolbar>
);

export const ProcessList = () => (
  <List
    filters={filters}
    actions={actions}
    sort={{ field: 'updatedAt', order: 'DESC' }}
    exporter={processExporter}
    empty={<EmptyState />}
  >
    <NarrowOr
      narrow={
        <SimpleList<ProcessRecord>
          rowClick="show"
          primaryText={<ProcessTitle />}
          secondaryText={<ProcessStateField source="state" />}
          tertiaryText={<TranslatedField source="status" prefix="gremium.process_status" />}
        />
      }
    >
      <DataTable<ProcessRecord> rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="definition" label="gremium.processes.subject" disableSort>
          <ShowLink>
            <ProcessTitle />
          </ShowLink>
        </DataTable.Col>
        <DataTable.Col source="state" disableSort field={ProcessStateField} />
        <DataTable.Col source="status">
          <TranslatedField source="status" prefix="gremium.process_status" />
        </DataTable.Col>
        <DataTable.Col source="updatedAt" field={DateTimeField} />
      </DataTable>
    </NarrowOr>
  </List>
);
