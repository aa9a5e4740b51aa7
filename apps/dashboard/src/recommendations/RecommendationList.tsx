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
  TextField,
  TextInput,
  TopToolbar,
  type SelectInputProps,
} from 'react-admin';
import { DateTimeField } from '../fields/DateTimeField';
import { ShowLink } from '../fields/ShowLink';
import type { RecommendationRecord } from '../types';
import { useEnumChoices } from '../providers/vocabulary';
import { RecommendationStateField } from './RecommendationStateField';

const StateInput = (props: SelectInputProps) => (
  <SelectInput {...props} choices={useEnumChoices('recommendationStates', 'gremium.states')} />
);

const filters = [
  <TextInput key="q" source="q" alwaysOn />,
  <StateInput key="state" source="state" alwaysOn />,
  <ReferenceInput key="workingGroupId" source="workingGroupId" reference="working-groups" alwaysOn>
    <AutocompleteInput label="resources.recommendations.fields.workingGroupId" />
  </ReferenceInput>,
  <NullableBooleanInput key="escalated" source="escalated" />,
];

const actions = (
  <TopToolbar>
    <CreateButton />
    <ExportButton />
  </TopToolbar>
);

export const RecommendationList = () => (
  <List filters={filters} actions={actions} sort={{ field: 'updatedAt', order: 'DESC' }}>
    <DataTable<RecommendationRecord> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="title">
        <ShowLink>
          <TextField source="title" />
        </ShowLink>
      </DataTable.Col>
      <DataTable.Col source="workingGroupId" disableSort>
        <ReferenceField source="workingGroupId" reference="working-groups" link={false} />
      </DataTable.Col>
      <DataTable.Col source="state" field={RecommendationStateField} />
      <DataTable.Col source="updatedAt" field={DateTimeField} />
    </DataTable>
  </List>
);
