import Box from '@mui/material/Box';
import { ColumnHeads } from '../fields/ColumnHeads';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { Link, ReferenceField, useLocaleState, useTranslate } from 'react-admin';
import { formatDate } from '../fields/dates';
import type { SteeringGroup, SteeringSeat } from '../types';

const SeatName = ({ seat }: { seat: SteeringSeat }) => {
  const translate = useTranslate();
  if (seat.kind !== 'moderator') return <>{translate(`gremium.seats.${seat.kind}`)}</>;
  return (
    <>
      {translate('gremium.seats.moderator')}{' '}
      <Link to={`/working-groups/${seat.workingGroupId}/show`}>{seat.workingGroupName}</Link>
    </>
  );
};

export const VacantChip = () => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color="warning"
      variant="outlined"
      label={translate('gremium.steering.vacant')}
      sx={{ fontWeight: 600 }}
    />
  );
};

/** R6: every seat of the steering group, vacancies marked in words. */
export const SteeringGroupTable = ({
  composition,
  caption,
}: {
  composition: SteeringGroup;
  caption?: string;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    // On a phone the table scrolls inside its card, never the page.
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={caption ?? translate('gremium.steering.heading')}>
        <ColumnHeads
          labels={[
            'gremium.steering.seat',
            'gremium.steering.holder',
            'gremium.steering.since',
            'gremium.steering.until',
          ]}
        />
        <TableBody>
          {composition.seats.map((seat) => (
            <TableRow key={seat.kind === 'moderator' ? `moderator:${seat.workingGroupId}` : seat.kind}>
              <TableCell component="th" scope="row" sx={{ fontWeight: 'normal' }}>
                <SeatName seat={seat} />
              </TableCell>
              <TableCell>
                {seat.personId ? (
                  <ReferenceField
                    record={{ id: seat.kind, personId: seat.personId }}
                    source="personId"
                    reference="people"
                    link="show"
                  />
                ) : (
                  <VacantChip />
                )}
              </TableCell>
              <TableCell>{seat.since ? formatDate(seat.since, locale) : '–'}</TableCell>
              <TableCell>
                {seat.until ? (
                  seat.appointmentId ? (
                    <Link to={`/appointments/${seat.appointmentId}/show`}>
                      {formatDate(seat.until, locale)}
                    </Link>
                  ) : (
                    formatDate(seat.until, locale)
                  )
                ) : (
                  '–'
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
