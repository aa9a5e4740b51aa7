import AddIcon from '@mui/icons-material/Add';
import Card from '@mui/material/Card';
import {
  DataTable,
  ExportButton,
  List,
  ReferenceField,
  SelectInput,
  SimpleList,
  TopToolbar,
  type SelectInputProps,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { NarrowOr } from '../fields/NarrowOr';
import { LinkButton } from '../fields/LinkButton';
import { DaysLeft } from '../dashboard/ExpiringTermsCard';
import { CalendarDateField } from '../fields/CalendarDateField';
import { berlinToday } from '../fields/dates';
import { ShowLink } from '../fields/ShowLink';
import { useEnumChoices } from '../providers/vocabulary';
import type { AppointmentRecord } from '../types';
import { AppointmentStatusField } from './AppointmentStatusField';
import { TermTimeline } from './TermTimeline';
import { spreadsheetExport } from '../exports/spreadsheet-export';
import { EmptyState } from '../fields/EmptyState';

const SeatInput = (props: SelectInputProps) => (
  <SelectInput {...props} choices={useEnumChoices('appointedSeats', 'gremium.seats')} />
);
const StatusInput = (props: SelectInputProps) => (
  <SelectInput {...props} choices={useEnumChoices('appointmentStatuses', 'gremium.appointment_status')} />
);

const filters = [
  <SeatInput key="seat" source="seat" alwaysOn />,
  <StatusInput key="status" source="status" alwaysOn />,
];

const START = `/processes/create?source=${encodeURIComponent(JSON.stringify({ definition: 'seat-appointment' }))}`;

const Actions = () => {
  const { canAccess } = useCanAccess({ resource: 'processes', action: 'create' });
  return (
    <TopToolbar>
      {canAccess && (
        <LinkButton to={START} label="gremium.terms.start">
          <AddIcon />
        </LinkButton>
      )}
      <ExportButton />
    </TopToolbar>
  );
};

const SeatName = () => {
  const record = useRecordContext<AppointmentRecord>();
  const translate = useTranslate();
  return record ? <>{translate(`gremium.seats.${record.seat}`)}</> : null;
};

const Seat = () => (
  <ShowLink>
    <SeatName />
  </ShowLink>
);

const Remaining = () => {
  const record = useRecordContext<AppointmentRecord>();
  if (!record?.termEnd || !['appointed', 'active', 'expiring'].includes(record.status)) return null;
  return <DaysLeft termEnd={record.termEnd} today={berlinToday()} />;
};

const Timeline = () => (
  <Card sx={{ mb: 2, minWidth: 0 }}>
    <TermTimeline />
  </Card>
);

/** "Amtszeiten": the timeline of every appointed seat, then the appointments as a table. */

/** The export for German spreadsheets (names, labels, dd.MM.yyyy, `;`, BOM). */
const exporter = spreadsheetExport('appointments', [
  { source: 'seat', kind: 'choice', prefix: 'gremium.seats' },
  { source: 'personId', kind: 'reference', reference: 'people' },
  { source: 'organizationId', kind: 'reference', reference: 'organizations' },
  { source: 'termStart', kind: 'date' },
  { source: 'termEnd', kind: 'date' },
  { source: 'status', kind: 'choice', prefix: 'gremium.appointment_status' },
]);

export const AppointmentList = () => (
  <List
    exporter={exporter}
    filters={filters}
    actions={<Actions />}
    sort={{ field: 'termEnd', order: 'ASC' }}
    aside={undefined}
    empty={<EmptyState to={START} access={{ resource: 'processes', action: 'create' }} />}
  >
    <Timeline />
    <NarrowOr
      narrow={
        <SimpleList<AppointmentRecord>
          rowClick="show"
          primaryText={<SeatName />}
          secondaryText={<ReferenceField source="personId" reference="people" link={false} emptyText="–" />}
          tertiaryText={<AppointmentStatusField />}
        />
      }
    >
      <DataTable<AppointmentRecord> rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="seat" field={Seat} />
        <DataTable.Col source="personId" disableSort>
          <ReferenceField source="personId" reference="people" link={false} emptyText="–" />
        </DataTable.Col>
        <DataTable.Col source="organizationId" disableSort>
          <ReferenceField source="organizationId" reference="organizations" link={false} emptyText="–" />
        </DataTable.Col>
        <DataTable.Col source="termStart" field={CalendarDateField} />
        <DataTable.Col source="termEnd" field={CalendarDateField} />
        <DataTable.Col source="status" field={AppointmentStatusField} />
        <DataTable.Col label="gremium.terms.remaining" disableSort field={Remaining} />
      </DataTable>
    </NarrowOr>
  </List>
);
