import { ColumnHeads } from '../fields/ColumnHeads';
import TimelineIcon from '@mui/icons-material/Timeline';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link, ReferenceField, useGetList, useLocaleState, useTranslate } from 'react-admin';
import { LinkButton } from '../fields/LinkButton';
import { addDays, berlinToday, daysBetween, formatDate } from '../fields/dates';
import { useRules } from '../providers/queries';
import type { AppointmentRecord } from '../types';

export const DaysLeft = ({ termEnd, today }: { termEnd: string; today: string }) => {
  const translate = useTranslate();
  const days = daysBetween(today, termEnd);
  const color = days < 0 ? 'default' : days <= 30 ? 'error' : days <= 90 ? 'warning' : 'success';
  const label =
    days < 0 ? translate('gremium.terms.ended') : translate('gremium.terms.days_left', { smart_count: days });
  return <Chip size="small" variant="outlined" color={color} label={label} sx={{ fontWeight: 600 }} />;
};

/** A term not begun yet is marked with its first day ("ab 01.01.2027"). */
const SeatCell = ({ appointment, today }: { appointment: AppointmentRecord; today: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <>
      <Link to={`/appointments/${appointment.id}/show`}>
        {translate(`gremium.seats.${appointment.seat}`)}
      </Link>
      {appointment.termStart && appointment.termStart > today && (
        <Chip
          size="small"
          variant="outlined"
          sx={{ ml: 1 }}
          label={translate('gremium.terms.from', { date: formatDate(appointment.termStart, locale) })}
        />
      )}
    </>
  );
};

/**
 * "Ablaufende Amtszeiten": the terms whose last day lies within the longest alert lead time of the rules
 * of procedure (the first alert is due then), soonest first, with the days left.
 */
export const ExpiringTermsCard = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const today = berlinToday();
  const { data: rules } = useRules();
  const horizon = rules ? Math.max(0, ...rules.termAlertLeadDays) : undefined;
  const { data = [], isPending } = useGetList<AppointmentRecord>(
    'appointments',
    {
      filter: { status: ['appointed', 'active', 'expiring'], termEndTo: addDays(today, horizon ?? 0) },
      sort: { field: 'termEnd', order: 'ASC' },
      pagination: { page: 1, perPage: 5 },
    },
    { enabled: horizon !== undefined },
  );
  return (
    <Card component="section" aria-labelledby="terms-heading" sx={{ height: '100%' }}>
      <CardContent sx={{ pb: 0 }}>
        <Typography id="terms-heading" variant="h5" component="h2" gutterBottom>
          {translate('gremium.dashboard.terms')}
        </Typography>
        {horizon !== undefined && (
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {translate('gremium.dashboard.terms_horizon', { smart_count: horizon })}
          </Typography>
        )}
        {!isPending && data.length === 0 ? (
          <Typography variant="body2">{translate('gremium.dashboard.no_terms')}</Typography>
        ) : (
          <Table size="small" aria-labelledby="terms-heading">
            <ColumnHeads
              labels={[
                'resources.appointments.fields.seat',
                'resources.appointments.fields.personId',
                'resources.appointments.fields.termEnd',
                'gremium.terms.remaining',
              ]}
            />
            <TableBody>
              {data.map((appointment) => (
                <TableRow key={appointment.id}>
                  <TableCell>
                    <SeatCell appointment={appointment} today={today} />
                  </TableCell>
                  <TableCell>
                    <ReferenceField record={appointment} source="personId" reference="people" link={false} />
                  </TableCell>
                  <TableCell>{appointment.termEnd ? formatDate(appointment.termEnd, locale) : '–'}</TableCell>
                  <TableCell>
                    {appointment.termEnd && <DaysLeft termEnd={appointment.termEnd} today={today} />}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
      <CardActions>
        <LinkButton to="/appointments" label="gremium.dashboard.show_terms">
          <TimelineIcon />
        </LinkButton>
      </CardActions>
    </Card>
  );
};
