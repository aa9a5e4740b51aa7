import { SaveButton, SelectInput, SimpleForm, TextInput, Toolbar, maxLength, required } from 'react-admin';
import { useEnumChoices } from '../providers/vocabulary';

interface OrganizationValues {
  name: string;
  kind: string;
}

/** The body of POST/PUT /api/organizations: only the writable fields (the API refuses unknown ones). */
export const toOrganizationBody = ({ name, kind }: OrganizationValues) => ({ name, kind });

// No delete button: the API has no DELETE for organizations.
const toolbar = (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

export const OrganizationForm = () => {
  const kinds = useEnumChoices('organizationKinds', 'gremium.organization_kinds');
  return (
    <SimpleForm toolbar={toolbar}>
      <TextInput source="name" validate={[required(), maxLength(200)]} />
      <SelectInput source="kind" choices={kinds} validate={required()} />
    </SimpleForm>
  );
};
