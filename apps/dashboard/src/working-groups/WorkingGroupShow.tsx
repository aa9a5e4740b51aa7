import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { CalendarDateField } from '../fields/CalendarDateField';
import { TranslatedField } from '../fields/TranslatedField';

export const WorkingGroupShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="topic" />
      <TranslatedField source="status" prefix="gremium.working_group_status" />
      <ReferenceField
        source="moderatorId"
        reference="people"
        link="show"
        emptyText="gremium.working_groups.no_moderator"
      />
      <CalendarDateField source="foundedAt" />
      <CalendarDateField source="dissolvedAt" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);
