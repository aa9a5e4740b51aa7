import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  DeleteButton,
  EditButton,
  ExportButton,
  List,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  SimpleList,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { NarrowOr } from '../fields/NarrowOr';
import type { ReactElement } from 'react';
import { CalendarDateField } from '../fields/CalendarDateField';
import { TranslatedField } from '../fields/TranslatedField';
import { BODY_CHOICES, ROLE_CHOICES } from './choices';
import { spreadsheetExport } from '../exports/spreadsheet-export';
import { EmptyState } from '../fields/EmptyState';

const filters = [
  <ReferenceInput key="personId" source="personId" reference="people" alwaysOn>
    <AutocompleteInput label="resources.memberships.fields.personId" />
  </ReferenceInput>,
  <ReferenceInput key="workingGroupId" source="workingGroupId" reference="working-groups" alwaysOn>
    <AutocompleteInput label="resources.memberships.fields.workingGroupId" />
  </ReferenceInput>,
  <SelectInput key="body" source="body" choices={BODY_CHOICES} alwaysOn />,
  <SelectInput key="role" source="role" choices={ROLE_CHOICES} />,
];

const actions = (
  <TopToolbar>
    <CreateButton />
    <ExportButton />
  </TopToolbar>
);

/** The moderator's membership changes only through an election (P5): the API refuses edits and deletion. */
const RowActions = () => {
  const record = useRecordContext<{ id: string; role: string }>();
  return record && record.role !== 'moderator' ? (
    <>
      <EditButton />
      <DeleteButton mutationMode="pessimistic" redirect={false} />
    </>
  ) : null;
};

const Body = () => {
  const record = useRecordContext<{ body: string; workingGroupId: string | null }>();
  if (!record) return null;
  return record.workingGroupId ? (
    <ReferenceField source="workingGroupId" reference="working-groups" link="show" />
  ) : (
    <TranslatedField source="body" prefix="gremium.bodies" />
  );
};

/** The export for German spreadsheets (names, labels, dd.MM.yyyy, `;`, BOM). */
const exporter = spreadsheetExport('memberships', [
  { source: 'personId', kind: 'reference', reference: 'people' },
  { source: 'body', kind: 'choice', prefix: 'gremium.bodies' },
  { source: 'workingGroupId', kind: 'reference', reference: 'working-groups' },
  { source: 'role', kind: 'choice', prefix: 'gremium.membership_roles' },
  { source: 'from', kind: 'date' },
  { source: 'to', kind: 'date' },
  { source: 'topic' },
  { source: 'onBehalfOfId', kind: 'reference', reference: 'organizations' },
]);

export const MembershipList = ({ filter }: { filter?: Record<string, unknown> }) => (
  <List
    exporter={exporter}
    filters={filters}
    actions={actions}
    filter={filter}
    sort={{ field: 'from', order: 'DESC' }}
    empty={<EmptyState />}
  >
    <MembershipTable />
  </List>
);

/** `withinGroup`: the members tab of a working group, where the body and the represented organization go without saying. */
export const MembershipTable = ({
  withinGroup = false,
  empty,
}: {
  withinGroup?: boolean;
  empty?: ReactElement;
}) => (
  <NarrowOr
    narrow={
      <SimpleList
        rowClick={false}
        empty={empty}
        primaryText={<ReferenceField source="personId" reference="people" link={false} />}
        secondaryText={
          <>
            <TranslatedField source="role" prefix="gremium.membership_roles" />
            {withinGroup ? null : (
              <>
                {' · '}
                <Body />
              </>
            )}
          </>
        }
        tertiaryText={<RowActions />}
      />
    }
  >
    <DataTable rowClick={false} bulkActionButtons={false} empty={empty}>
      <DataTable.Col source="personId" disableSort>
        <ReferenceField source="personId" reference="people" link="show" />
      </DataTable.Col>
      {withinGroup ? null : <DataTable.Col source="workingGroupId" disableSort field={Body} />}
      <DataTable.Col source="role">
        <TranslatedField source="role" prefix="gremium.membership_roles" />
      </DataTable.Col>
      <DataTable.Col source="from" field={CalendarDateField} />
      <DataTable.Col source="to">
        <CalendarDateField source="to" emptyText="–" />
      </DataTable.Col>
      <DataTable.Col source="topic" disableSort>
        <TextField source="topic" emptyText="–" />
      </DataTable.Col>
      {withinGroup ? null : (
        <DataTable.Col source="onBehalfOfId" disableSort>
          <ReferenceField source="onBehalfOfId" reference="organizations" link="show" emptyText="–" />
        </DataTable.Col>
      )}
      <DataTable.Col label="gremium.actions" disableSort>
        <RowActions />
      </DataTable.Col>
    </DataTable>
  </NarrowOr>
);
