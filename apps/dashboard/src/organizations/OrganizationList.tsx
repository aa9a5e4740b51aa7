import { DataTable, List, SelectField, SelectInput, SimpleList, TextField, TextInput } from 'react-admin';
import { NarrowOr } from '../fields/NarrowOr';
import { ShowLink } from '../fields/ShowLink';
import { KIND_CHOICES } from './kindChoices';
import { spreadsheetExport } from '../exports/spreadsheet-export';

const filters = [
  <TextInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={KIND_CHOICES} alwaysOn />,
];

/** The export for German spreadsheets (names, labels, dd.MM.yyyy, `;`, BOM). */
const exporter = spreadsheetExport('organizations', [
  { source: 'name' },
  { source: 'kind', kind: 'choice', prefix: 'gremium.organization_kinds' },
]);

export const OrganizationList = () => (
  <List exporter={exporter} filters={filters} sort={{ field: 'name', order: 'ASC' }}>
    <NarrowOr
      narrow={
        <SimpleList
          rowClick="show"
          primaryText={(record) => record.name}
          secondaryText={<SelectField source="kind" choices={KIND_CHOICES} />}
        />
      }
    >
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
    </NarrowOr>
  </List>
);
