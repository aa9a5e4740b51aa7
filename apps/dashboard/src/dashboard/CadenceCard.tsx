import EventIcon from '@mui/icons-material/CalendarMonth';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Link, useGetMany, useTranslate } from 'react-admin';
import { LinkButton } from '../fields/LinkButton';
import { berlinToday } from '../fields/dates';
import { api } from '../providers/http';
import type { CadenceReport, MeetingRecord } from '../types';

/** `GET /api/meetings/cadence?year=`: the year's regular meetings per body against R4, R5, R8. */
const useCadence = (year: number) =>
  useQuery({
    queryKey: ['gremium', 'cadence', year],
    queryFn: async ({ signal }) =>
      (await api<CadenceReport>(`meetings/cadence?year=${year}`, { signal })).body,
  });

/**
 * "Sitzungsrhythmus" on the office's home page: warnings (never refusals) when a body meets too seldom, a
 * quarter has no steering meeting, or a working group meets before the quarter's steering meeting (R5).
 */
export const CadenceCard = () => {
  const translate = useTranslate();
  const year = Number(berlinToday().slice(0, 4));
  const { data, error } = useCadence(year);
  const meetingIds = [...new Set((data?.warnings ?? []).flatMap((warning) => warning.meetingIds))];
  const { data: meetings = [] } = useGetMany<MeetingRecord>(
    'meetings',
    { ids: meetingIds },
    { enabled: meetingIds.length > 0 },
  );
  const { data: groups = [] } = useGetMany(
    'working-groups',
    { ids: (data?.bodies ?? []).flatMap((body) => (body.workingGroupId ? [body.workingGroupId] : [])) },
    { enabled: !!data },
  );
  const groupName = new Map(groups.map((group) => [group.id, String(group.name)]));
  const meeting = new Map(meetings.map((m) => [m.id, m]));
  const short = data?.bodies.filter((body) => body.planned + body.held < body.required) ?? [];
  const quarterly = data?.warnings.filter((warning) => warning.code !== 'too-few-meetings') ?? [];
  const bodyName = (body: { body: string; workingGroupId?: string }) =>
    body.workingGroupId
      ? translate('gremium.cadence.group', { name: groupName.get(body.workingGroupId) ?? '…' })
      : translate(`gremium.bodies.${body.body}`);
  return (
    <Card component="section" aria-labelledby="cadence-heading" sx={{ height: '100%' }}>
      <CardContent sx={{ pb: 0 }}>
        <Typography id="cadence-heading" variant="h5" component="h2" gutterBottom>
          {translate('gremium.cadence.heading', { year })}
        </Typography>
        {error ? (
          <Alert severity="error">{error.message}</Alert>
        ) : !data ? (
          <LinearProgress aria-label={translate('ra.page.loading')} />
        ) : data.warnings.length === 0 ? (
          <Alert severity="success">{translate('gremium.cadence.fine')}</Alert>
        ) : (
          <Box component="ul" sx={{ pl: 2, m: 0 }}>
            {short.map((body) => (
              <li key={`${body.body}-${body.workingGroupId ?? ''}`}>
                <Typography variant="body2">
                  {translate('gremium.cadence.too_few', {
                    body: bodyName(body),
                    count: body.planned + body.held,
                    required: body.required,
                  })}
                </Typography>
              </li>
            ))}
            {quarterly.map((warning) => (
              <li key={`${warning.code}-${warning.quarter ?? ''}-${warning.meetingIds.join()}`}>
                <Typography variant="body2">
                  {warning.code === 'no-steering-meeting'
                    ? translate('gremium.cadence.no_steering', { quarter: warning.quarter ?? '' })
                    : translate('gremium.cadence.group_first', { quarter: warning.quarter ?? '' })}{' '}
                  {warning.meetingIds.map((id, index) => (
                    <span key={id}>
                      {index > 0 && ', '}
                      <Link to={`/meetings/${id}/show`}>{meeting.get(id)?.title ?? '…'}</Link>
                    </span>
                  ))}
                </Typography>
              </li>
            ))}
          </Box>
        )}
      </CardContent>
      <CardActions>
        <LinkButton to="/calendar" label="gremium.calendar.show">
          <EventIcon />
        </LinkButton>
      </CardActions>
    </Card>
  );
};
