import { DataTable, List, SelectInput, TextField, TextInput } from 'react-admin';
import { CalendarDateField } from '../fields/CalendarDateField';
import { ShowLink } from '../fields/ShowLink';
import { TranslatedField } from '../fields/TranslatedField';

const filters = [
  <TextInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="status"
    source="status"
    alwaysOn
    choices={[
      { id: 'active', name: 'gremium.working_group_status.active' },
      { id: 'dissolved', name: 'gremium.working_group_status.dissolved' },
    ]}
  />,
];

export const WorkingGroupList = () => (
  <List filters={filters} sort={{ field: 'name', order: 'ASC' }} exporter={false}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name">
        <ShowLink>
          <TextField source="name" />
        </ShowLink>
      </DataTable.Col>
      <DataTable.Col source="topic" disableSort />
      <DataTable.Col source="status">
        <TranslatedField source="status" prefix="gremium.working_group_status" />
      </DataTable.Col>
      <DataTable.Col source="foundedAt" field={CalendarDateField} />
    </DataTable>
  </List>
);
