import Typography from '@mui/material/Typography';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  Create,
  DateInput,
  FormDataConsumer,
  RadioButtonGroupInput,
  ReferenceArrayInput,
  ReferenceInput,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  maxLength,
  required,
  useTranslate,
} from 'react-admin';
import { APPOINTED_SEATS } from '../types';

/** The processes the coordination office starts here; recommendations start from their own form. */
const STARTABLE = [
  'working-group-founding',
  'working-group-dissolution',
  'seat-appointment',
  'moderator-election',
] as const;
type Startable = (typeof STARTABLE)[number];

interface StartValues {
  definition: Startable;
  input?: Record<string, unknown>;
}

const FIELDS: Record<Startable, readonly string[]> = {
  'working-group-founding': ['name', 'topic', 'rationale', 'initialMemberIds'],
  'working-group-dissolution': ['workingGroupId', 'reason'],
  'seat-appointment': ['seat', 'personId', 'organizationId', 'termStart'],
  'moderator-election': ['workingGroupId'],
};

const blank = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** `POST /api/processes {definition, input}` with only this definition's filled-in fields (its schema is strict). */
export const toStartRequest = ({ definition, input = {} }: StartValues) => ({
  definition,
  input: Object.fromEntries(
    FIELDS[definition]
      .filter((field) => !blank(input[field]))
      .map((field) => [
        field,
        typeof input[field] === 'string' ? (input[field] as string).trim() : input[field],
      ]),
  ),
});

const toolbar = (
  <Toolbar>
    <SaveButton label="gremium.processes.start" />
  </Toolbar>
);

const Help = ({ definition }: { definition: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" sx={{ mb: 2, maxWidth: '70ch' }}>
      {translate(`gremium.processes.help.${definition}`, { _: '' })}
    </Typography>
  );
};

const ActiveGroupInput = () => (
  <ReferenceInput source="input.workingGroupId" reference="working-groups" filter={{ status: 'active' }}>
    <AutocompleteInput
      label="resources.processes.fields.input.workingGroupId"
      validate={required()}
      fullWidth
    />
  </ReferenceInput>
);

const DefinitionFields = ({ definition, seat }: { definition?: string; seat?: string }) => {
  switch (definition) {
    case 'working-group-founding':
      return (
        <>
          <Help definition={definition} />
          <TextInput source="input.name" validate={[required(), maxLength(200)]} fullWidth />
          <TextInput source="input.topic" validate={[required(), maxLength(500)]} fullWidth />
          <TextInput
            source="input.rationale"
            validate={[required(), maxLength(5000)]}
            multiline
            minRows={3}
            fullWidth
          />
          <ReferenceArrayInput source="input.initialMemberIds" reference="people">
            <AutocompleteArrayInput label="resources.processes.fields.input.initialMemberIds" fullWidth />
          </ReferenceArrayInput>
        </>
      );
    case 'working-group-dissolution':
      return (
        <>
          <Help definition={definition} />
          <ActiveGroupInput />
          <TextInput
            source="input.reason"
            validate={[required(), maxLength(5000)]}
            multiline
            minRows={3}
            fullWidth
          />
        </>
      );
    case 'seat-appointment':
      return (
        <>
          <Help definition={definition} />
          <RadioButtonGroupInput
            source="input.seat"
            choices={APPOINTED_SEATS.map((id) => ({ id, name: `gremium.seats.${id}` }))}
            validate={required()}
            row
          />
          <ReferenceInput source="input.personId" reference="people">
            <AutocompleteInput label="resources.processes.fields.input.personId" fullWidth />
          </ReferenceInput>
          <ReferenceInput
            source="input.organizationId"
            reference="organizations"
            filter={seat ? { kind: seat } : {}}
          >
            <AutocompleteInput label="resources.processes.fields.input.organizationId" fullWidth />
          </ReferenceInput>
          <DateInput source="input.termStart" helperText="gremium.processes.term_start_help" />
        </>
      );
    case 'moderator-election':
      return (
        <>
          <Help definition={definition} />
          <ActiveGroupInput />
        </>
      );
    default:
      return null;
  }
};

/** personId and organizationId go together (P3): the city's proposal names both, or neither yet. */
const validateStart = (values: Record<string, unknown>) => {
  const { definition, input = {} } = values as unknown as StartValues;
  if (definition !== 'seat-appointment') return {};
  const person = !blank(input.personId);
  const organization = !blank(input.organizationId);
  if (person === organization) return {};
  return person
    ? { input: { organizationId: 'gremium.processes.nominee_pair' } }
    : { input: { personId: 'gremium.processes.nominee_pair' } };
};

export const ProcessCreate = () => (
  <Create redirect="show" transform={toStartRequest}>
    <SimpleForm
      toolbar={toolbar}
      defaultValues={{ definition: 'working-group-founding' }}
      validate={validateStart}
    >
      <SelectInput
        source="definition"
        choices={STARTABLE.map((id) => ({ id, name: `gremium.definitions.${id}` }))}
        validate={required()}
      />
      <FormDataConsumer<StartValues>>
        {({ formData }) => (
          <DefinitionFields definition={formData.definition} seat={formData.input?.seat as string} />
        )}
      </FormDataConsumer>
    </SimpleForm>
  </Create>
);
