import {
  AutocompleteInput,
  CheckboxGroupInput,
  DeleteButton,
  PasswordInput,
  ReferenceInput,
  SaveButton,
  SimpleForm,
  TextInput,
  Toolbar,
  email,
  maxLength,
  minLength,
  required,
} from 'react-admin';

export const ROLE_CHOICES = [
  { id: 'coordination', name: 'gremium.roles.coordination' },
  { id: 'viewer', name: 'gremium.roles.viewer' },
];

interface UserValues {
  email: string;
  password?: string | null;
  personId?: string | null;
  roles: string[];
}

/** The password is write-only: sent when given, kept otherwise (PUT). */
export const toUserBody = ({ email: address, password, personId, roles }: UserValues) => ({
  email: address.trim(),
  ...(password ? { password } : {}),
  personId: personId ?? null,
  roles,
});

const toolbar = (creating: boolean) => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    {!creating && <DeleteButton mutationMode="pessimistic" />}
  </Toolbar>
);

export const UserForm = ({ creating }: { creating: boolean }) => (
  <SimpleForm toolbar={toolbar(creating)} defaultValues={creating ? { roles: ['viewer'] } : undefined}>
    <TextInput
      source="email"
      type="email"
      validate={[required(), email(), maxLength(320)]}
      autoComplete="off"
    />
    <PasswordInput
      source="password"
      validate={creating ? [required(), minLength(12)] : [minLength(12)]}
      helperText={creating ? 'gremium.users.password_help' : 'gremium.users.password_keep'}
      autoComplete="new-password"
    />
    <ReferenceInput source="personId" reference="people">
      <AutocompleteInput label="resources.users.fields.personId" helperText="gremium.users.person_help" />
    </ReferenceInput>
    <CheckboxGroupInput source="roles" choices={ROLE_CHOICES} validate={[required(), minLength(1)]} />
  </SimpleForm>
);
