import { SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { useEnumChoices } from '../providers/vocabulary';

export const OrganizationShow = () => {
  const kinds = useEnumChoices('organizationKinds', 'gremium.organization_kinds');
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <SelectField source="kind" choices={kinds} />
      </SimpleShowLayout>
    </Show>
  );
};
