import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import {
  DataTable,
  ReferenceField,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TabbedShowLayoutTabs,
  TextField,
  TopToolbar,
  useCanAccess,
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { LinkButton } from '../fields/LinkButton';
import { MembershipTable } from '../memberships/MembershipList';
import { CalendarDateField } from '../fields/CalendarDateField';
import { DateTimeField } from '../fields/DateTimeField';
import { ShowLink } from '../fields/ShowLink';
import { TranslatedField } from '../fields/TranslatedField';
import { ProcessStateField } from '../processes/ProcessStateField';
import { ProcessTitle } from '../processes/ProcessTitle';
import { RecommendationStateField } from '../recommendations/RecommendationStateField';

interface WorkingGroup {
  id: string;
  name: string;
  status: 'active' | 'dissolved';
}

const withSource = (path: string, values: object) =>
  `${path}?source=${encodeURIComponent(JSON.stringify(values))}`;

const Actions = () => {
  const group = useRecordContext<WorkingGroup>();
  const { canAccess: coordination } = useCanAccess({ resource: 'processes', action: 'create' });
  const { permissions } = usePermissions<string[]>();
  if (!group || group.status !== 'active') return <TopToolbar />;
  const member = coordination || (permissions ?? []).includes(`member:${group.id}`);
  return (
    <TopToolbar>
      {member && (
        <LinkButton
          to={withSource('/recommendations/create', { workingGroupId: group.id })}
          label="gremium.working_groups.draft"
        >
          <AddIcon />
        </LinkButton>
      )}
      {coordination && (
        <>
          <LinkButton
            to={withSource('/memberships/create', {
              workingGroupId: group.id,
              body: 'working-group',
              role: 'member',
            })}
            label="gremium.working_groups.add_member"
          >
            <AddIcon />
          </LinkButton>
          <LinkButton
            to={withSource('/processes/create', {
              definition: 'working-group-dissolution',
              input: { workingGroupId: group.id },
            })}
            label="gremium.working_groups.dissolve"
          >
            <AddIcon />
          </LinkButton>
        </>
      )}
    </TopToolbar>
  );
};

const Title = () => {
  const group = useRecordContext<WorkingGroup>();
  const translate = useTranslate();
  return (
    <>{group ? `${translate('resources.working-groups.name', { smart_count: 1 })}: ${group.name}` : ''}</>
  );
};

/** A working group: facts and moderator, members, recommendations and the processes about it. */
export const WorkingGroupShow = () => (
  <Show title={<Title />} actions={<Actions />}>
    {/* Four tabs are wider than a phone: they scroll, with arrows where more follow. */}
    <TabbedShowLayout tabs={<TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" />}>
      <TabbedShowLayout.Tab label="gremium.working_groups.tab_details">
        <TextField source="name" />
        <TextField source="topic" />
        <TextField source="rationale" emptyText="–" />
        <TranslatedField source="status" prefix="gremium.working_group_status" />
        <ReferenceField
          source="moderatorId"
          reference="people"
          link="show"
          emptyText="gremium.working_groups.no_moderator"
        />
        <CalendarDateField source="moderatorSince" emptyText="–" />
        <CalendarDateField source="foundedAt" />
        <CalendarDateField source="dissolvedAt" emptyText="–" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="gremium.working_groups.tab_members" path="members">
        <ReferenceManyField
          reference="memberships"
          target="workingGroupId"
          sort={{ field: 'from', order: 'DESC' }}
          perPage={100}
        >
          <MembershipTable withinGroup empty={<EmptyText />} />
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="gremium.working_groups.tab_recommendations" path="recommendations">
        <ReferenceManyField
          reference="recommendations"
          target="workingGroupId"
          sort={{ field: 'updatedAt', order: 'DESC' }}
        >
          <DataTable rowClick="show" bulkActionButtons={false} empty={<EmptyText />}>
            <DataTable.Col source="title">
              <ShowLink>
                <TextField source="title" />
              </ShowLink>
            </DataTable.Col>
            <DataTable.Col source="state" field={RecommendationStateField} />
            <DataTable.Col source="updatedAt">
              <DateTimeField source="updatedAt" />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="gremium.working_groups.tab_processes" path="processes">
        <ReferenceManyField
          reference="processes"
          target="subjectId"
          sort={{ field: 'createdAt', order: 'DESC' }}
        >
          <DataTable rowClick="show" bulkActionButtons={false} empty={<EmptyText />}>
            <DataTable.Col source="definition" label="gremium.processes.subject" disableSort>
              <ShowLink>
                <ProcessTitle />
              </ShowLink>
            </DataTable.Col>
            <DataTable.Col source="state" disableSort field={ProcessStateField} />
            <DataTable.Col source="createdAt">
              <DateTimeField source="createdAt" />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);

const EmptyText = () => {
  const translate = useTranslate();
  return <Box sx={{ py: 1, typography: 'body2' }}>{translate('gremium.empty')}</Box>;
};
