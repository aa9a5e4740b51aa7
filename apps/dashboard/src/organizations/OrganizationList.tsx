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
import { NarrowOr } from '../fields/NarrowOr';
import { spreadsheetExport } from '../exports/spreadsheet-export';
import { SimpleList } from 'react-admin';
import { EmptyState } from '../fields/EmptyState';

const KindInput = (props: SelectInputProps) => (
  <SelectInput {...props} choices={useEnumChoices('organizationKinds', 'gremium.organization_kinds')} />
);
const KindField = (props: SelectFieldProps) => (
  <SelectField {...props} choices={useEnumChoices('organizationKinds', 'gremium.organization_kinds')} />
);

const filters = [<TextInput key="q" source="q" alwaysOn />, <KindInput key="kind" source="kind" alwaysOn />];

/** The export for German spreadsheets (names, labels, dd.MM.yyyy, `;`, BOM). */
const exporter = spreadsheetExport('organizations', [
  { source: 'name' },
  { source: 'kind', kind: 'choice', prefix: 'gremium.organization_kinds' },
]);

export const OrganizationList = () => (
  <List exporter={exporter} filters={filters} sort={{ field: 'name', order: 'ASC' }} empty={<EmptyState />}>
    <NarrowOr
      narrow={
        <SimpleList
          rowClick="show"
          primaryText={(record) => record.name}
          secondaryText={<KindField source="kind" />}
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
          <KindField source="kind" />
        </DataTable.Col>
      </DataTable>
    </NarrowOr>
  </List>
);
