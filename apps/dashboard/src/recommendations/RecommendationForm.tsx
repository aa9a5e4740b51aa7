import {
  AutocompleteInput,
  CheckboxGroupInput,
  ReferenceInput,
  SaveButton,
  SimpleForm,
  TextArrayInput,
  TextInput,
  Toolbar,
  maxLength,
  minLength,
  required,
  usePermissions,
} from 'react-admin';
import { useEnumChoices } from '../providers/vocabulary';

interface DraftValues {
  workingGroupId?: string | null;
  title: string;
  text: string;
  addressees: string[];
  tags?: string[] | null;
}

/** POST starts a P4 (with the group), PUT edits the draft through EDIT (without it): only the schema's fields. */
export const toCreateBody = ({ workingGroupId, title, text, addressees, tags }: DraftValues) => ({
  // Without a group the recommendation is the steering group's own (R5), drafted by the coordination office.
  workingGroupId: workingGroupId || null,
  title: title.trim(),
  text: text.trim(),
  addressees,
  ...(tags?.length ? { tags } : {}),
});

export const toEditBody = ({ title, text, addressees, tags }: DraftValues) => ({
  title: title.trim(),
  text: text.trim(),
  addressees,
  tags: tags ?? [],
});

const toolbar = (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** Members draft for their own groups (R13); the coordination office may choose any active group. */
const useGroupFilter = () => {
  const { permissions } = usePermissions<string[]>();
  const granted = permissions ?? [];
  if (granted.includes('coordination')) return { status: 'active' };
  const ids = granted.filter((p) => p.startsWith('member:')).map((p) => p.slice('member:'.length));
  return { status: 'active', id: ids };
};

const AddresseesInput = () => (
  <CheckboxGroupInput
    source="addressees"
    choices={useEnumChoices('addressees', 'gremium.choices.addressee')}
    validate={[required(), minLength(1)]}
  />
);

export const RecommendationForm = ({ creating }: { creating: boolean }) => (
  <SimpleForm toolbar={toolbar} defaultValues={creating ? { addressees: ['administration'] } : undefined}>
    {creating && <GroupInput />}
    <TextInput source="title" validate={[required(), maxLength(300)]} fullWidth />
    <TextInput source="text" validate={[required(), maxLength(50_000)]} multiline minRows={6} fullWidth />
    <AddresseesInput />
    <TextArrayInput source="tags" helperText="gremium.recommendations.tags_help" fullWidth />
  </SimpleForm>
);

const GroupInput = () => {
  const filter = useGroupFilter();
  const { permissions } = usePermissions<string[]>();
  const office = (permissions ?? []).includes('coordination');
  return (
    <ReferenceInput source="workingGroupId" reference="working-groups" filter={filter}>
      <AutocompleteInput
        label="resources.recommendations.fields.workingGroupId"
        helperText={
          office ? 'gremium.recommendations.group_help_office' : 'gremium.recommendations.group_help'
        }
        validate={office ? undefined : required()}
        fullWidth
      />
    </ReferenceInput>
  );
};
