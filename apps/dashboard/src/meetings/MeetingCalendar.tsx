import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useSearchParams } from 'react-router-dom';
import { Link, Title, useGetList, useLocaleState, useTranslate } from 'react-admin';
import { addDays, berlinToday, dateValue } from '../fields/dates';
import type { MeetingRecord } from '../types';
import { BODY_COLOURS, formatTime } from './meetingRights';

type View = 'month' | 'list';

const monthOf = (date: string) => date.slice(0, 7);
const shiftMonth = (month: string, by: number) => {
  const [year, index] = month.split('-').map(Number);
  const shifted = new Date(Date.UTC(year, index - 1 + by, 1));
  return shifted.toISOString().slice(0, 7);
};
/** Monday = 0 … Sunday = 6. */
const weekdayIndex = (date: string) => (new Date(dateValue(date)).getUTCDay() + 6) % 7;

/** The weeks (Monday to Sunday) that show a month, as calendar dates. */
function weeksOf(month: string): string[][] {
  const first = `${month}-01`;
  let day = addDays(first, -weekdayIndex(first));
  const weeks: string[][] = [];
  do {
    const week = Array.from({ length: 7 }, (_, i) => addDays(day, i));
    weeks.push(week);
    day = addDays(day, 7);
  } while (monthOf(day) === month);
  return weeks;
}

const utcFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });

/** Which body meets: the working group's name, else the body's name. */
function useBodyNames() {
  const translate = useTranslate();
  const { data: groups = [] } = useGetList('working-groups', {
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'name', order: 'ASC' },
  });
  const names = new Map(groups.map((group) => [group.id, String(group.name)]));
  return (meeting: MeetingRecord) =>
    meeting.workingGroupId
      ? (names.get(meeting.workingGroupId) ?? translate('gremium.bodies.working-group'))
      : translate(`gremium.bodies.${meeting.body}`);
}

const MeetingChip = ({ meeting, label }: { meeting: MeetingRecord; label: string }) => {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const cancelled = meeting.state === 'cancelled';
  const text = `${formatTime(meeting.start, locale)} ${label}: ${meeting.title}`;
  return (
    <Link
      to={`/meetings/${meeting.id}/show`}
      aria-label={cancelled ? `${text} (${translate('gremium.meeting_states.cancelled')})` : text}
      title={text}
      sx={{
        display: 'block',
        bgcolor: BODY_COLOURS[meeting.body],
        color: '#fff',
        borderRadius: 1,
        px: 0.5,
        my: 0.25,
        fontSize: '0.75rem',
        lineHeight: 1.5,
        overflow: 'hidden',
        textOverflow: 'ellipsis',
        whiteSpace: 'nowrap',
        textDecoration: cancelled ? 'line-through' : 'none',
        '&:hover, &:focus-visible': { textDecoration: 'underline' },
      }}
    >
      {text}
    </Link>
  );
};

const MonthGrid = ({
  month,
  meetings,
  bodyName,
}: {
  month: string;
  meetings: MeetingRecord[];
  bodyName: (meeting: MeetingRecord) => string;
}) => {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const weeks = weeksOf(month);
  const today = berlinToday();
  const long = utcFormat(locale, { weekday: 'long' });
  const short = utcFormat(locale, { weekday: 'short' });
  const fullDay = utcFormat(locale, { dateStyle: 'full' });
  return (
    <Box
      component="table"
      sx={{
        width: '100%',
        tableLayout: 'fixed',
        borderCollapse: 'collapse',
        '& td, & th': { border: 1, borderColor: 'divider' },
      }}
    >
      <caption
        style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}
      >
        {translate('gremium.calendar.month_caption')}
      </caption>
      <thead>
        <tr>
          {weeks[0].map((day) => (
            <Box
              component="th"
              scope="col"
              key={day}
              abbr={long.format(dateValue(day))}
              sx={{ py: 0.5, fontSize: '0.8rem' }}
            >
              {short.format(dateValue(day))}
            </Box>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]}>
            {week.map((day) => {
              const onDay = meetings.filter((meeting) => meeting.date === day);
              const outside = monthOf(day) !== month;
              return (
                <Box
                  component="td"
                  key={day}
                  aria-label={fullDay.format(dateValue(day))}
                  sx={{
                    verticalAlign: 'top',
                    height: { xs: '4.5rem', md: '6.5rem' },
                    p: 0.25,
                    overflow: 'hidden',
                    bgcolor: outside ? 'action.hover' : undefined,
                  }}
                >
                  <Typography
                    component="span"
                    variant="caption"
                    sx={{
                      display: 'inline-block',
                      px: 0.5,
                      borderRadius: 1,
                      fontWeight: day === today ? 700 : 400,
                      outline: day === today ? 2 : 0,
                    }}
                  >
                    {Number(day.slice(8))}
                  </Typography>
                  {onDay.map((meeting) => (
                    <MeetingChip key={meeting.id} meeting={meeting} label={bodyName(meeting)} />
                  ))}
                </Box>
              );
            })}
          </tr>
        ))}
      </tbody>
    </Box>
  );
};

const MonthList = ({
  meetings,
  bodyName,
}: {
  meetings: MeetingRecord[];
  bodyName: (meeting: MeetingRecord) => string;
}) => {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const fullDay = utcFormat(locale, { dateStyle: 'full' });
  const days = [...new Set(meetings.map((meeting) => meeting.date))];
  return (
    <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {days.map((day) => (
        <Box component="li" key={day} sx={{ mb: 2 }}>
          <Typography variant="subtitle1" component="h3">
            {fullDay.format(dateValue(day))}
          </Typography>
          <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {meetings
              .filter((meeting) => meeting.date === day)
              .map((meeting) => (
                <Box
                  component="li"
                  key={meeting.id}
                  sx={{
                    display: 'flex',
                    gap: 1,
                    flexWrap: 'wrap',
                    alignItems: 'baseline',
                    py: 0.5,
                    borderLeft: 4,
                    borderColor: BODY_COLOURS[meeting.body],
                    pl: 1,
                    mb: 0.5,
                  }}
                >
                  <Typography component="span" variant="body2" sx={{ minWidth: '6.5rem' }}>
                    {formatTime(meeting.start, locale)}–{formatTime(meeting.end, locale)}
                  </Typography>
                  <Typography component="span" variant="body2" sx={{ fontWeight: 600 }}>
                    {bodyName(meeting)}
                  </Typography>
                  <Link to={`/meetings/${meeting.id}/show`} sx={{ overflowWrap: 'anywhere' }}>
                    {meeting.title}
                  </Link>
                  <Typography component="span" variant="body2" color="text.secondary">
                    {translate(`gremium.meeting_states.${meeting.state}`)}
                  </Typography>
                </Box>
              ))}
          </Box>
        </Box>
      ))}
    </Box>
  );
};

/** "Sitzungskalender": every body's meetings of a month, as a month grid or as a list, each linking to its page. */
export const MeetingCalendar = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [params, setParams] = useSearchParams();
  const month = /^\d{4}-\d{2}$/.test(params.get('month') ?? '')
    ? String(params.get('month'))
    : monthOf(berlinToday());
  const view: View = params.get('view') === 'list' ? 'list' : 'month';
  const go = (next: { month?: string; view?: View }) =>
    setParams({ month: next.month ?? month, view: next.view ?? view }, { replace: true });
  const first = `${month}-01`;
  const last = addDays(`${shiftMonth(month, 1)}-01`, -1);
  const { data: meetings = [], isPending } = useGetList<MeetingRecord>('meetings', {
    filter: { from: first, until: last },
    sort: { field: 'start', order: 'ASC' },
    pagination: { page: 1, perPage: 200 },
  });
  const bodyName = useBodyNames();
  const monthName = utcFormat(locale, { month: 'long', year: 'numeric' }).format(dateValue(first));
  const monthLabel = (by: number) =>
    utcFormat(locale, { month: 'long', year: 'numeric' }).format(dateValue(`${shiftMonth(month, by)}-01`));
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="gremium.calendar.title" />
      <CardContent>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', mb: 2 }}>
          <IconButton
            aria-label={translate('gremium.calendar.previous', { month: monthLabel(-1) })}
            onClick={() => go({ month: shiftMonth(month, -1) })}
          >
            <ChevronLeftIcon />
          </IconButton>
          <Typography
            variant="h5"
            component="h2"
            aria-live="polite"
            sx={{ minWidth: '10rem', textAlign: 'center' }}
          >
            {monthName}
          </Typography>
          <IconButton
            aria-label={translate('gremium.calendar.next', { month: monthLabel(1) })}
            onClick={() => go({ month: shiftMonth(month, 1) })}
          >
            <ChevronRightIcon />
          </IconButton>
          <Button onClick={() => go({ month: monthOf(berlinToday()) })}>
            {translate('gremium.calendar.today')}
          </Button>
          <ToggleButtonGroup
            exclusive
            size="small"
            value={view}
            onChange={(_, value: View | null) => value && go({ view: value })}
            aria-label={translate('gremium.calendar.view')}
            sx={{ ml: { sm: 'auto' } }}
          >
            <ToggleButton value="month">{translate('gremium.calendar.month')}</ToggleButton>
            <ToggleButton value="list">{translate('gremium.calendar.list')}</ToggleButton>
          </ToggleButtonGroup>
        </Box>
        {isPending && <LinearProgress aria-label={translate('ra.page.loading')} />}
        {view === 'month' ? (
          <MonthGrid month={month} meetings={meetings} bodyName={bodyName} />
        ) : meetings.length === 0 && !isPending ? (
          <Alert severity="info">{translate('gremium.calendar.empty')}</Alert>
        ) : (
          <MonthList meetings={meetings} bodyName={bodyName} />
        )}
        <Box
          component="ul"
          aria-label={translate('gremium.calendar.legend')}
          sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, listStyle: 'none', p: 0, mt: 2 }}
        >
          {Object.entries(BODY_COLOURS).map(([body, colour]) => (
            <Box component="li" key={body} sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
              <Box aria-hidden sx={{ width: 14, height: 14, borderRadius: 0.5, bgcolor: colour }} />
              <Typography variant="body2">{translate(`gremium.bodies.${body}`)}</Typography>
            </Box>
          ))}
        </Box>
      </CardContent>
    </Card>
  );
};
