import AddIcon from '@mui/icons-material/Add';
import {
  DataTable,
  ExportButton,
  List,
  ReferenceField,
  SelectInput,
  SimpleList,
  TextField,
  TextInput,
  TopToolbar,
  useCanAccess,
} from 'react-admin';
import { NarrowOr } from '../fields/NarrowOr';
import { LinkButton } from '../fields/LinkButton';
import { CalendarDateField } from '../fields/CalendarDateField';
import { ShowLink } from '../fields/ShowLink';
import { TranslatedField } from '../fields/TranslatedField';
import { spreadsheetExport } from '../exports/spreadsheet-export';
import { EmptyState } from '../fields/EmptyState';

const FOUNDING = `/processes/create?source=${encodeURIComponent(JSON.stringify({ definition: 'working-group-founding' }))}`;

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

/** Groups are founded by the plenary and the steering group together (P1): the button starts that process. */
const Actions = () => {
  const { canAccess } = useCanAccess({ resource: 'processes', action: 'create' });
  return (
    <TopToolbar>
      {canAccess && (
        <LinkButton to="/processes/create" label="gremium.processes.propose_group">
          <AddIcon />
        </LinkButton>
      )}
      <ExportButton />
    </TopToolbar>
  );
};

/** The export for German spreadsheets (names, labels, dd.MM.yyyy, `;`, BOM). */
const exporter = spreadsheetExport('working-groups', [
  { source: 'name' },
  { source: 'topic' },
  { source: 'status', kind: 'choice', prefix: 'gremium.working_group_status' },
  { source: 'moderatorId', kind: 'reference', reference: 'people' },
  { source: 'foundedAt', kind: 'date' },
]);

export const WorkingGroupList = () => (
  <List
    exporter={exporter}
    filters={filters}
    actions={<Actions />}
    sort={{ field: 'name', order: 'ASC' }}
    empty={<EmptyState to={FOUNDING} access={{ resource: 'processes', action: 'create' }} />}
  >
    <NarrowOr
      narrow={
        <SimpleList
          rowClick="show"
          primaryText={(record) => record.name}
          secondaryText={(record) => record.topic}
          tertiaryText={<TranslatedField source="status" prefix="gremium.working_group_status" />}
        />
      }
    >
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
        <DataTable.Col source="moderatorId" disableSort>
          <ReferenceField source="moderatorId" reference="people" link={false} emptyText="–" />
        </DataTable.Col>
        <DataTable.Col source="foundedAt" field={CalendarDateField} />
      </DataTable>
    </NarrowOr>
  </List>
);
