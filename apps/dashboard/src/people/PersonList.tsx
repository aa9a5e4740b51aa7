import {
  AutocompleteInput,
  DataTable,
  EmailField,
  List,
  ReferenceField,
  ReferenceInput,
  TextField,
  TextInput,
} from 'react-admin';
import { ShowLink } from '../fields/ShowLink';

const filters = [
  <TextInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="organizationId" source="organizationId" reference="organizations" alwaysOn>
    <AutocompleteInput label="resources.people.fields.organizationId" />
  </ReferenceInput>,
];

export const PersonList = () => (
  <List filters={filters} sort={{ field: 'name', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name">
        <ShowLink>
          <TextField source="name" />
        </ShowLink>
      </DataTable.Col>
      <DataTable.Col source="email" disableSort field={EmailField} />
      <DataTable.Col source="phone" disableSort />
      <DataTable.Col source="organizationId" disableSort>
        <ReferenceField source="organizationId" reference="organizations" link="show" />
      </DataTable.Col>
    </DataTable>
  </List>
);
