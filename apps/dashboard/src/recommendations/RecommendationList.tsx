import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  ExportButton,
  List,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  SimpleList,
  TextField,
  TextInput,
  TopToolbar,
  type SelectInputProps,
  useRecordContext,
} from 'react-admin';
import { NarrowOr } from '../fields/NarrowOr';
import { DateTimeField } from '../fields/DateTimeField';
import { ShowLink } from '../fields/ShowLink';
import type { RecommendationRecord } from '../types';
import { useEnumChoices } from '../providers/vocabulary';
import { RecommendationStateField } from './RecommendationStateField';
import { spreadsheetExport } from '../exports/spreadsheet-export';

const TagsField = () => {
  const record = useRecordContext<RecommendationRecord>();
  return <>{record?.tags.length ? record.tags.join(', ') : '–'}</>;
};

const StateInput = (props: SelectInputProps) => (
  <SelectInput {...props} choices={useEnumChoices('recommendationStates', 'gremium.states')} />
);

const filters = [
  <TextInput key="q" source="q" alwaysOn />,
  <StateInput key="state" source="state" alwaysOn />,
  <ReferenceInput key="workingGroupId" source="workingGroupId" reference="working-groups" alwaysOn>
    <AutocompleteInput label="resources.recommendations.fields.workingGroupId" />
  </ReferenceInput>,
  <TextInput key="tag" source="tag" label="gremium.recommendations.tag_filter" alwaysOn />,
  <NullableBooleanInput key="escalated" source="escalated" />,
];

const actions = (
  <TopToolbar>
    <CreateButton />
    <ExportButton />
  </TopToolbar>
);

/** The export for German spreadsheets (names, labels, dd.MM.yyyy, `;`, BOM). */
const exporter = spreadsheetExport('recommendations', [
  { source: 'title' },
  { source: 'workingGroupId', kind: 'reference', reference: 'working-groups' },
  { source: 'state', kind: 'choice', prefix: 'gremium.states' },
  { source: 'addressees', kind: 'choices', prefix: 'gremium.choices.addressee' },
  { source: 'tags' },
  { source: 'submittedAt', kind: 'datetime' },
  { source: 'updatedAt', kind: 'datetime' },
]);

export const RecommendationList = () => (
  <List exporter={exporter} filters={filters} actions={actions} sort={{ field: 'updatedAt', order: 'DESC' }}>
    <NarrowOr
      narrow={
        <SimpleList<RecommendationRecord>
          rowClick="show"
          primaryText={(record) => record.title}
          secondaryText={
            <>
              <RecommendationStateField source="state" /> ·{' '}
              <ReferenceField
                source="workingGroupId"
                reference="working-groups"
                link={false}
                emptyText="gremium.recommendations.steering_own"
              />
            </>
          }
        />
      }
    >
      <DataTable<RecommendationRecord> rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="title">
          <ShowLink>
            <TextField source="title" />
          </ShowLink>
        </DataTable.Col>
        <DataTable.Col source="workingGroupId" disableSort>
          <ReferenceField
            source="workingGroupId"
            reference="working-groups"
            link={false}
            emptyText="gremium.recommendations.steering_own"
          />
        </DataTable.Col>
        <DataTable.Col source="tags" disableSort field={TagsField} />
        <DataTable.Col source="state" field={RecommendationStateField} />
        <DataTable.Col source="updatedAt" field={DateTimeField} />
      </DataTable>
    </NarrowOr>
  </List>
);
