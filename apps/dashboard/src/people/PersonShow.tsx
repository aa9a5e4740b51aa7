import { EmailField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';

export const PersonShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="givenName" />
      <TextField source="familyName" />
      <EmailField source="email" />
      <TextField source="phone" />
      <ReferenceField source="organizationId" reference="organizations" link="show" />
    </SimpleShowLayout>
  </Show>
);
