import {
  AutocompleteInput,
  BooleanInput,
  DateInput,
  FormDataConsumer,
  ReferenceInput,
  SaveButton,
  SimpleForm,
  TextInput,
  Toolbar,
  email as emailAddress,
  maxLength,
  regex,
} from 'react-admin';

interface PersonValues {
  name?: string | null;
  givenName?: string | null;
  familyName?: string | null;
  email?: string | null;
  phone?: string | null;
  organizationId?: string | null;
  publicProfile?: boolean | null;
  publicProfileConsentOn?: string | null;
}

/** The body of POST/PUT /api/people: only the writable fields (the API refuses unknown ones). */
export const toPersonBody = ({
  name,
  givenName,
  familyName,
  email,
  phone,
  organizationId,
  publicProfile,
  publicProfileConsentOn,
}: PersonValues) => ({
  // Without a display name the API composes one from given and family name.
  ...(name ? { name } : {}),
  givenName: givenName ?? null,
  familyName: familyName ?? null,
  email: email ?? null,
  phone: phone ?? null,
  organizationId: organizationId ?? null,
  publicProfile: Boolean(publicProfile),
  publicProfileConsentOn: publicProfile ? (publicProfileConsentOn ?? null) : null,
});

const nameOrBothNames = (value: unknown, values: PersonValues) =>
  !value && !(values.givenName && values.familyName) ? 'gremium.people.name_required' : undefined;

// The API's phone rule (apps/api people DTO).
const PHONE = /^[+0-9 ()/-]{3,40}$/;

// No delete button: the API has no DELETE for people.
const toolbar = (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

export const PersonForm = () => (
  <SimpleForm toolbar={toolbar}>
    <TextInput source="givenName" validate={maxLength(100)} autoComplete="off" />
    <TextInput source="familyName" validate={maxLength(100)} autoComplete="off" />
    <TextInput
      source="name"
      validate={[nameOrBothNames, maxLength(200)]}
      helperText="gremium.people.name_help"
      autoComplete="off"
    />
    <TextInput source="email" type="email" validate={[emailAddress(), maxLength(320)]} autoComplete="off" />
    <TextInput
      source="phone"
      type="tel"
      validate={regex(PHONE, 'gremium.people.phone_invalid')}
      autoComplete="off"
    />
    <ReferenceInput source="organizationId" reference="organizations">
      <AutocompleteInput label="resources.people.fields.organizationId" />
    </ReferenceInput>
    <BooleanInput source="publicProfile" helperText="gremium.people.public_profile_help" />
    <FormDataConsumer<PersonValues>>
      {({ formData }) =>
        formData.publicProfile ? <DateInput source="publicProfileConsentOn" isRequired /> : null
      }
    </FormDataConsumer>
  </SimpleForm>
);
