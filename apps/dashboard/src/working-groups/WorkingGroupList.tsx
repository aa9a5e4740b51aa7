import AddIcon from '@mui/icons-material/Add';
import {
  DataTable,
  ExportButton,
  List,
  ReferenceField,
  SelectInput,
  TextField,
  TextInput,
  TopToolbar,
  useCanAccess,
} from 'react-admin';
import { LinkButton } from '../fields/LinkButton';
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

export const WorkingGroupList = () => (
  <List filters={filters} actions={<Actions />} sort={{ field: 'name', order: 'ASC' }}>
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
  </List>
);
