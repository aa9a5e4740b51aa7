import Typography from '@mui/material/Typography';
import {
  DataTable,
  EmailField,
  ReferenceField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  useTranslate,
} from 'react-admin';
import { AppointmentStatusField } from '../appointments/AppointmentStatusField';
import { CalendarDateField } from '../fields/CalendarDateField';
import { TranslatedField } from '../fields/TranslatedField';
import { RecordHistory } from '../records/RecordHistory';
import { PersonActions } from './PrivacyActions';

const Heading = ({ text }: { text: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="h6" component="h2">
      {translate(text, { smart_count: 2 })}
    </Typography>
  );
};

const Empty = () => {
  const translate = useTranslate();
  return <Typography variant="body2">{translate('gremium.empty')}</Typography>;
};

/** A person with their memberships (groups, plenary) and appointed terms. */
export const PersonShow = () => (
  <Show actions={<PersonActions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="givenName" emptyText="–" />
      <TextField source="familyName" emptyText="–" />
      <EmailField source="email" emptyText="–" />
      <TextField source="phone" emptyText="–" />
      <ReferenceField source="organizationId" reference="organizations" link="show" emptyText="–" />
      <Heading text="resources.memberships.name" />
      <ReferenceManyField reference="memberships" target="personId" sort={{ field: 'from', order: 'DESC' }}>
        <DataTable rowClick={false} bulkActionButtons={false} empty={<Empty />}>
          <DataTable.Col source="workingGroupId" disableSort>
            <ReferenceField
              source="workingGroupId"
              reference="working-groups"
              link="show"
              emptyText="gremium.bodies.plenary"
            />
          </DataTable.Col>
          <DataTable.Col source="role">
            <TranslatedField source="role" prefix="gremium.membership_roles" />
          </DataTable.Col>
          <DataTable.Col source="from" field={CalendarDateField} />
          <DataTable.Col source="to">
            <CalendarDateField source="to" emptyText="–" />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
      <Heading text="resources.appointments.name" />
      <ReferenceManyField
        reference="appointments"
        target="personId"
        sort={{ field: 'termStart', order: 'DESC' }}
      >
        <DataTable rowClick="show" bulkActionButtons={false} empty={<Empty />}>
          <DataTable.Col source="seat">
            <TranslatedField source="seat" prefix="gremium.seats" />
          </DataTable.Col>
          <DataTable.Col source="termStart" field={CalendarDateField} />
          <DataTable.Col source="termEnd" field={CalendarDateField} />
          <DataTable.Col source="status" field={AppointmentStatusField} />
        </DataTable>
      </ReferenceManyField>
      <RecordHistory resource="people" />
    </SimpleShowLayout>
  </Show>
);
