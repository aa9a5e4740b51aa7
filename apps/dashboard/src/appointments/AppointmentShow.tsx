import AccountTreeIcon from '@mui/icons-material/AccountTree';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import {
  Labeled,
  Link,
  ReferenceField,
  Show,
  useGetOne,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { CommandPanel } from '../commands/CommandPanel';
import { DaysLeft } from '../dashboard/ExpiringTermsCard';
import { CalendarDateField } from '../fields/CalendarDateField';
import { berlinToday, formatDate } from '../fields/dates';
import { TranslatedField } from '../fields/TranslatedField';
import { ProcessHistory } from '../processes/ProcessHistory';
import type { AppointmentRecord } from '../types';
import { AppointmentStatusField } from './AppointmentStatusField';

const Title = () => {
  const record = useRecordContext<AppointmentRecord>();
  const translate = useTranslate();
  return (
    <>
      {record
        ? `${translate('resources.appointments.name', { smart_count: 1 })}: ${translate(`gremium.seats.${record.seat}`)}`
        : ''}
    </>
  );
};

/** Another term of the seat, named by its holder (or its status while nobody is nominated) and its dates. */
const TermLink = ({ id }: { id: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data } = useGetOne<AppointmentRecord>('appointments', { id });
  const { data: person } = useGetOne<{ id: string; name: string }>(
    'people',
    { id: data?.personId ?? '' },
    { enabled: !!data?.personId },
  );
  if (!data) return null;
  const who = person?.name ?? translate(`gremium.appointment_status.${data.status}`, { _: data.status });
  const dates = [data.termStart, data.termEnd]
    .map((date) => (date ? formatDate(date, locale) : '…'))
    .join(' – ');
  return (
    <Link to={`/appointments/${id}/show`}>
      {who} ({dates})
    </Link>
  );
};

const Details = () => {
  const record = useRecordContext<AppointmentRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 4, rowGap: 1 }}>
      <Labeled source="seat">
        <TranslatedField source="seat" prefix="gremium.seats" />
      </Labeled>
      <Labeled source="personId">
        <ReferenceField source="personId" reference="people" link="show" emptyText="–" />
      </Labeled>
      <Labeled source="organizationId">
        <ReferenceField source="organizationId" reference="organizations" link="show" emptyText="–" />
      </Labeled>
      <Labeled source="status">
        <AppointmentStatusField />
      </Labeled>
      <Labeled source="termStart">
        <CalendarDateField source="termStart" emptyText="–" />
      </Labeled>
      <Labeled source="termEnd">
        <CalendarDateField source="termEnd" emptyText="–" />
      </Labeled>
      {record.endedOn && (
        <Labeled source="endedOn">
          <CalendarDateField source="endedOn" />
        </Labeled>
      )}
      {record.predecessorId && (
        <Labeled source="predecessorId">
          <TermLink id={record.predecessorId} />
        </Labeled>
      )}
      {record.successorId && (
        <Labeled source="successorId">
          <TermLink id={record.successorId} />
        </Labeled>
      )}
      {record.termEnd && ['appointed', 'active', 'expiring'].includes(record.status) && (
        <Labeled label={translate('gremium.terms.remaining')}>
          <DaysLeft termEnd={record.termEnd} today={berlinToday()} />
        </Labeled>
      )}
    </Box>
  );
};

const Process = () => {
  const record = useRecordContext<AppointmentRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      <CommandPanel processId={record.processId} />
      <Link
        to={`/processes/${record.processId}/show`}
        sx={{ display: 'inline-flex', gap: 0.5, alignItems: 'center' }}
      >
        <AccountTreeIcon fontSize="small" aria-hidden />
        {translate('gremium.terms.process_link')}
      </Link>
      <Divider sx={{ mt: 2 }} />
      <ProcessHistory processId={record.processId} definition="seat-appointment" />
    </>
  );
};

/** One appointed seat's term (P3): facts, the commands now possible, and its history. */
export const AppointmentShow = () => (
  <Show title={<Title />}>
    <Box sx={{ p: 2 }}>
      <Details />
      <Divider sx={{ mt: 2 }} />
      <Process />
    </Box>
  </Show>
);
