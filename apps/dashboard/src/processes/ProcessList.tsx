import { CreateButton, DataTable, List, SelectInput, SimpleList, TopToolbar } from 'react-admin';
import { NarrowOr } from '../fields/NarrowOr';
import { DateTimeField } from '../fields/DateTimeField';
import { ShowLink } from '../fields/ShowLink';
import { TranslatedField } from '../fields/TranslatedField';
import { PROCESS_DEFINITIONS, type ProcessRecord } from '../types';
import { ProcessStateField } from './ProcessStateField';
import { ProcessTitle } from './ProcessTitle';

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
  <SelectInput
    key="definition"
    source="definition"
    alwaysOn
    choices={PROCESS_DEFINITIONS.map((key) => ({ id: key, name: `gremium.definitions.${key}` }))}
  />,
];

const actions = (
  <TopToolbar>
    <CreateButton label="gremium.processes.start" />
  </TopToolbar>
);

export const ProcessList = () => (
  <List filters={filters} actions={actions} sort={{ field: 'updatedAt', order: 'DESC' }}>
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
