import {
  DataTable,
  List,
  SelectField,
  SelectInput,
  TextField,
  TextInput,
  type SelectFieldProps,
  type SelectInputProps,
} from 'react-admin';
import { ShowLink } from '../fields/ShowLink';
import { useEnumChoices } from '../providers/vocabulary';

const KindInput = (props: SelectInputProps) => (
  <SelectInput {...props} choices={useEnumChoices('organizationKinds', 'gremium.organization_kinds')} />
);
const KindField = (props: SelectFieldProps) => (
  <SelectField {...props} choices={useEnumChoices('organizationKinds', 'gremium.organization_kinds')} />
);

const filters = [<TextInput key="q" source="q" alwaysOn />, <KindInput key="kind" source="kind" alwaysOn />];

export const OrganizationList = () => (
  <List filters={filters} sort={{ field: 'name', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name">
        <ShowLink>
          <TextField source="name" />
        </ShowLink>
      </DataTable.Col>
      <DataTable.Col source="kind">
        <KindField source="kind" />
      </DataTable.Col>
    </DataTable>
  </List>
);
