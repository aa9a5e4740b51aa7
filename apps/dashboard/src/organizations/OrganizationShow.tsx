import { SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { useEnumChoices } from '../providers/vocabulary';
import { RecordHistory } from '../records/RecordHistory';

export const OrganizationShow = () => {
  const kinds = useEnumChoices('organizationKinds', 'gremium.organization_kinds');
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <SelectField source="kind" choices={kinds} />
        <RecordHistory resource="organizations" />
      </SimpleShowLayout>
    </Show>
  );
};
