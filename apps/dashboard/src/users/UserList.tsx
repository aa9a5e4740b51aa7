import {
  DataTable,
  EditButton,
  EmailField,
  List,
  ReferenceField,
  SimpleList,
  TextInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { NarrowOr } from '../fields/NarrowOr';
import { DateTimeField } from '../fields/DateTimeField';

const filters = [<TextInput key="q" source="q" alwaysOn />];

const Roles = () => {
  const record = useRecordContext<{ roles: string[] }>();
  const translate = useTranslate();
  return <>{record?.roles.map((role) => translate(`gremium.roles.${role}`, { _: role })).join(', ')}</>;
};

/** Accounts (coordination office only); rights beyond the stored roles follow from seats and memberships. */
export const UserList = () => (
  <List filters={filters} sort={{ field: 'email', order: 'ASC' }} exporter={false}>
    <NarrowOr
      narrow={<SimpleList rowClick="edit" primaryText={(record) => record.email} secondaryText={<Roles />} />}
    >
      <DataTable rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col source="email" field={EmailField} />
        <DataTable.Col source="personId" disableSort>
          <ReferenceField source="personId" reference="people" link="show" emptyText="–" />
        </DataTable.Col>
        <DataTable.Col source="roles" disableSort field={Roles} />
        <DataTable.Col source="createdAt" field={DateTimeField} />
        <DataTable.Col label="gremium.actions" disableSort>
          <EditButton />
        </DataTable.Col>
      </DataTable>
    </NarrowOr>
  </List>
);
