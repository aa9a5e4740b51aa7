import { SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { KIND_CHOICES } from './kindChoices';
import { RecordHistory } from '../records/RecordHistory';

export const OrganizationShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <SelectField source="kind" choices={KIND_CHOICES} />
      <RecordHistory resource="organizations" />
    </SimpleShowLayout>
  </Show>
);
