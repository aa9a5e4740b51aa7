import {
  AutocompleteInput,
  DataTable,
  EmailField,
  List,
  ReferenceField,
  ReferenceInput,
  SimpleList,
  TextField,
  TextInput,
} from 'react-admin';
import { NarrowOr } from '../fields/NarrowOr';
import { ShowLink } from '../fields/ShowLink';
import { spreadsheetExport } from '../exports/spreadsheet-export';
import { EmptyState } from '../fields/EmptyState';

const filters = [
  <TextInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="organizationId" source="organizationId" reference="organizations" alwaysOn>
    <AutocompleteInput label="resources.people.fields.organizationId" />
  </ReferenceInput>,
];

/** The export for German spreadsheets (names, labels, dd.MM.yyyy, `;`, BOM). */
const exporter = spreadsheetExport('people', [
  { source: 'name' },
  { source: 'givenName' },
  { source: 'familyName' },
  { source: 'email' },
  { source: 'phone' },
  { source: 'organizationId', kind: 'reference', reference: 'organizations' },
]);

export const PersonList = () => (
  <List exporter={exporter} filters={filters} sort={{ field: 'name', order: 'ASC' }} empty={<EmptyState />}>
    <NarrowOr
      narrow={
        <SimpleList
          rowClick="show"
          primaryText={(record) => record.name}
          secondaryText={<ReferenceField source="organizationId" reference="organizations" link={false} />}
        />
      }
    >
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
    </NarrowOr>
  </List>
);
