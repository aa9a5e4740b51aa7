import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { useId } from 'react';
import { useCreatePath, useGetList, useGetMany, useLocaleState, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { addDays, berlinToday, formatDate } from '../fields/dates';
import { useCouncilEnums } from '../providers/vocabulary';
import type { AppointmentRecord } from '../types';
import { layoutTimeline, position, type TermBar } from './timeline';

const WIDTH = 1000;
const LABEL = 150;
const ROW = 46;
const TOP = 34;
const BAR = 28;

type Tone = 'current' | 'expiring' | 'future' | 'past';

const toneOf = (bar: TermBar, today: string): Tone => {
  if (bar.end < today) return 'past';
  if (bar.start > today) return 'future';
  return bar.appointment.status === 'expiring' ? 'expiring' : 'current';
};

/** All appointed seats' terms on one time axis, today marked (SVG; the table below lists the same facts). */
export const TermTimeline = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const theme = useTheme();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const titleId = useId();
  const descId = useId();
  const today = berlinToday();
  const { data = [], isPending } = useGetList<AppointmentRecord>('appointments', {
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'termStart', order: 'ASC' },
  });
  const personIds = [...new Set(data.flatMap((a) => (a.personId ? [a.personId] : [])))];
  const { data: people = [] } = useGetMany<{ id: string; name: string }>('people', { ids: personIds });
  const seats = useCouncilEnums().data?.appointedSeats;
  if (isPending || !seats) return <LinearProgress aria-label={translate('ra.page.loading')} />;
  const layout = layoutTimeline(data, today);
  const nameOf = (id: string | null) => people.find((person) => person.id === id)?.name ?? '';
  const x = (date: string) => LABEL + position(date, layout) * (WIDTH - LABEL - 10);
  const height = TOP + seats.length * ROW + 8;
  const fills: Record<Tone, string> = {
    current: theme.palette.primary.main,
    expiring: theme.palette.warning.main,
    future: theme.palette.info.main,
    past: theme.palette.grey[600],
  };
  const text = theme.palette.text.primary;
  const todayX = x(today);
  const description = layout.bars
    .map(
      (bar) =>
        `${translate(`gremium.seats.${bar.appointment.seat}`)}: ${nameOf(bar.appointment.personId)}, ${formatDate(bar.start, locale)} – ${formatDate(bar.end, locale)}`,
    )
    .join('; ');
  return (
    <Box component="figure" sx={{ m: 0, p: 2 }}>
      {/* No width of its own: the timeline scrolls in this box instead of widening the page on a phone. */}
      <Box sx={{ overflowX: 'auto', width: 0, minWidth: '100%' }}>
        <svg
          viewBox={`0 0 ${WIDTH} ${height}`}
          width="100%"
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          style={{ minWidth: 720, display: 'block', fontFamily: theme.typography.fontFamily }}
          data-testid="term-timeline"
        >
          <title id={titleId}>
            {translate('gremium.terms.timeline_title', { today: formatDate(today, locale) })}
          </title>
          <desc id={descId}>{description}</desc>
          {layout.years.map((year, index) => (
            <g key={year}>
              <line x1={x(year)} x2={x(year)} y1={TOP - 6} y2={height - 4} stroke={theme.palette.divider} />
              {/* the last line closes the axis; its year would start beyond it */}
              {index < layout.years.length - 1 && (
                <text x={x(year) + 4} y={TOP - 12} fontSize={13} fill={text}>
                  {year.slice(0, 4)}
                </text>
              )}
            </g>
          ))}
          {seats.map((seat, row) => {
            const y = TOP + row * ROW;
            return (
              <g key={seat}>
                <text x={0} y={y + ROW / 2 + 4} fontSize={14} fontWeight={600} fill={text}>
                  {translate(`gremium.seats.${seat}`)}
                </text>
                {layout.bars
                  .filter((bar) => bar.appointment.seat === seat)
                  .map((bar) => {
                    const left = x(bar.start);
                    const width = Math.max(2, x(addDays(bar.end, 1)) - left);
                    const tone = toneOf(bar, today);
                    const label = `${nameOf(bar.appointment.personId)} · ${formatDate(bar.start, locale)} – ${formatDate(bar.end, locale)}`;
                    return (
                      <g
                        key={bar.appointment.id}
                        style={{ cursor: 'pointer' }}
                        onClick={() =>
                          navigate(
                            createPath({ resource: 'appointments', id: bar.appointment.id, type: 'show' }),
                          )
                        }
                      >
                        <title>{label}</title>
                        <rect
                          x={left}
                          y={y + (ROW - BAR) / 2}
                          width={width}
                          height={BAR}
                          rx={4}
                          fill={fills[tone]}
                          stroke={tone === 'future' ? text : 'none'}
                          strokeDasharray={tone === 'future' ? '4 3' : undefined}
                        />
                        <svg x={left} y={y + (ROW - BAR) / 2} width={width} height={BAR}>
                          <text
                            x={6}
                            y={BAR / 2 + 5}
                            fontSize={13}
                            fill={theme.palette.getContrastText(fills[tone])}
                          >
                            {nameOf(bar.appointment.personId)}
                          </text>
                        </svg>
                      </g>
                    );
                  })}
              </g>
            );
          })}
          <line
            x1={todayX}
            x2={todayX}
            y1={TOP - 26}
            y2={height}
            stroke={theme.palette.error.main}
            strokeWidth={2}
            strokeDasharray="6 3"
          />
          <text x={todayX + 4} y={12} fontSize={13} fontWeight={700} fill={theme.palette.error.main}>
            {translate('gremium.terms.today')}
          </text>
        </svg>
      </Box>
      <Box
        component="figcaption"
        sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mt: 1, typography: 'body2' }}
      >
        {(Object.keys(fills) as Tone[]).map((tone) => (
          <Box key={tone} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75 }}>
            <Box
              aria-hidden
              sx={{
                width: 18,
                height: 12,
                borderRadius: 0.5,
                bgcolor: fills[tone],
                border: tone === 'future' ? `1px dashed ${text}` : 'none',
              }}
            />
            {translate(`gremium.terms.legend.${tone}`)}
          </Box>
        ))}
        <Box sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75 }}>
          <Box
            aria-hidden
            sx={{ width: 0, height: 14, borderLeft: `2px dashed ${theme.palette.error.main}` }}
          />
          {translate('gremium.terms.legend.today', { today: formatDate(today, locale) })}
        </Box>
      </Box>
      {data.some((appointment) => !appointment.termStart) && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          {translate('gremium.terms.undated', {
            smart_count: data.filter((appointment) => !appointment.termStart).length,
          })}
        </Typography>
      )}
    </Box>
  );
};
