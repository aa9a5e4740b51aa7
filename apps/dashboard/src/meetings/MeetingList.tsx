import {
  AutocompleteInput,
  DataTable,
  List,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  SimpleList,
  TextInput,
} from 'react-admin';
import { NarrowOr } from '../fields/NarrowOr';
import { CalendarDateField } from '../fields/CalendarDateField';
import { TranslatedField } from '../fields/TranslatedField';
import { MEETING_BODY_CHOICES, MEETING_KIND_CHOICES } from './choices';
import { spreadsheetExport } from '../exports/spreadsheet-export';

const filters = [
  <TextInput key="q" source="q" alwaysOn />,
  <SelectInput key="body" source="body" choices={MEETING_BODY_CHOICES} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={MEETING_KIND_CHOICES} />,
  <ReferenceInput key="workingGroupId" source="workingGroupId" reference="working-groups">
    <AutocompleteInput label="resources.meetings.fields.workingGroupId" />
  </ReferenceInput>,
];

/** The export for German spreadsheets (names, labels, dd.MM.yyyy, `;`, BOM). */
const exporter = spreadsheetExport('meetings', [
  { source: 'date', kind: 'date' },
  { source: 'title' },
  { source: 'body', kind: 'choice', prefix: 'gremium.bodies' },
  { source: 'workingGroupId', kind: 'reference', reference: 'working-groups' },
  { source: 'kind', kind: 'choice', prefix: 'gremium.meeting_kinds' },
]);

export const MeetingList = () => (
  <List exporter={exporter} filters={filters} sort={{ field: 'start', order: 'DESC' }}>
    <NarrowOr
      narrow={
        <SimpleList
          rowClick="show"
          primaryText={(record) => record.title}
          secondaryText={
            <>
              <CalendarDateField source="date" /> · <TranslatedField source="body" prefix="gremium.bodies" />
            </>
          }
        />
      }
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
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
    </NarrowOr>
  </List>
);
