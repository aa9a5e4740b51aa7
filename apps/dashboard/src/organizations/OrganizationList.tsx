import { DataTable, List, SelectField, SelectInput, TextField, TextInput } from 'react-admin';
import { ShowLink } from '../fields/ShowLink';
import { KIND_CHOICES } from './kindChoices';

const filters = [
  <TextInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={KIND_CHOICES} alwaysOn />,
];

export const OrganizationList = () => (
  <List filters={filters} sort={{ field: 'name', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name">
        <ShowLink>
          <TextField source="name" />
        </ShowLink>
      </DataTable.Col>
      <DataTable.Col source="kind">
        <SelectField source="kind" choices={KIND_CHOICES} />
      </DataTable.Col>
    </DataTable>
  </List>
);
