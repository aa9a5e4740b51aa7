import {
  AutocompleteInput,
  DataTable,
  List,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  TextInput,
} from 'react-admin';
import { CalendarDateField } from '../fields/CalendarDateField';
import { TranslatedField } from '../fields/TranslatedField';
import { MEETING_BODY_CHOICES, MEETING_KIND_CHOICES } from './choices';

const filters = [
  <TextInput key="q" source="q" alwaysOn />,
  <SelectInput key="body" source="body" choices={MEETING_BODY_CHOICES} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={MEETING_KIND_CHOICES} />,
  <ReferenceInput key="workingGroupId" source="workingGroupId" reference="working-groups">
    <AutocompleteInput label="resources.meetings.fields.workingGroupId" />
  </ReferenceInput>,
];

export const MeetingList = () => (
  <List filters={filters} sort={{ field: 'start', order: 'DESC' }}>
    <DataTable rowClick={false} bulkActionButtons={false}>
      <DataTable.Col source="date" field={CalendarDateField} />
      <DataTable.Col source="title" />
      <DataTable.Col source="body">
        <TranslatedField source="body" prefix="gremium.bodies" />
      </DataTable.Col>
      <DataTable.Col source="workingGroupId" disableSort>
        <ReferenceField source="workingGroupId" reference="working-groups" link="show" emptyText="–" />
      </DataTable.Col>
      <DataTable.Col source="kind" disableSort>
        <TranslatedField source="kind" prefix="gremium.meeting_kinds" />
      </DataTable.Col>
      <DataTable.Col source="state">
        <TranslatedField source="state" prefix="gremium.meeting_states" />
      </DataTable.Col>
    </DataTable>
  </List>
);
