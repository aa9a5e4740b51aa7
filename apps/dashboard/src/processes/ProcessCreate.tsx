import Typography from '@mui/material/Typography';
import {
  AutocompleteArrayInput,
  Create,
  ReferenceArrayInput,
  SaveButton,
  SimpleForm,
  TextInput,
  Toolbar,
  maxLength,
  required,
  useTranslate,
} from 'react-admin';

interface FoundingValues {
  input: { name: string; topic: string; rationale: string; initialMemberIds?: string[] | null };
}

/** `POST /api/processes` for P1; the form's `input.*` fields match the field names of a 400's details. */
const toStartRequest = ({ input: { initialMemberIds, ...input } }: FoundingValues) => ({
  definition: 'working-group-founding',
  input: initialMemberIds?.length ? { ...input, initialMemberIds } : input,
});

const toolbar = (
  <Toolbar>
    <SaveButton label="gremium.processes.start" />
  </Toolbar>
);

const FoundingHelp = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" sx={{ mb: 2, maxWidth: '60ch' }}>
      {translate('gremium.processes.founding_help')}
    </Typography>
  );
};

export const ProcessCreate = () => (
  <Create redirect="show" transform={toStartRequest}>
    <SimpleForm toolbar={toolbar}>
      <FoundingHelp />
      <TextInput source="input.name" validate={[required(), maxLength(200)]} fullWidth />
      <TextInput source="input.topic" validate={[required(), maxLength(500)]} fullWidth />
      <TextInput
        source="input.rationale"
        validate={[required(), maxLength(5000)]}
        multiline
        minRows={4}
        fullWidth
      />
      <ReferenceArrayInput source="input.initialMemberIds" reference="people">
        <AutocompleteArrayInput label="resources.processes.fields.input.initialMemberIds" fullWidth />
      </ReferenceArrayInput>
    </SimpleForm>
  </Create>
);
