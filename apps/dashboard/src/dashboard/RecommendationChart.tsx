import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { useQueries } from '@tanstack/react-query';
import { Link, useDataProvider, useTranslate } from 'react-admin';
import { useProcessLabels } from '../definitions/useLabels';
import { useCouncilEnums } from '../providers/vocabulary';

/** How many recommendations are in each state: the totals of one-row pages (Content-Range). */
function useCounts(states: string[]): Record<string, number | undefined> {
  const dataProvider = useDataProvider();
  const results = useQueries({
    queries: states.map((state) => ({
      queryKey: ['recommendations', 'count', state],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        dataProvider.getList('recommendations', {
          filter: { state },
          pagination: { page: 1, perPage: 1 },
          sort: { field: 'id', order: 'ASC' },
          signal,
        }),
    })),
  });
  return Object.fromEntries(states.map((state, index) => [state, results[index]?.data?.total]));
}

const STATE_COLORS: Record<string, string> = {
  draft: 'grey.600',
  inReview: 'primary.main',
  returned: 'warning.main',
  endorsed: 'success.main',
  forwarded: 'info.main',
  answered: 'secondary.main',
  rejected: 'error.main',
  closed: 'grey.800',
};

const Bar = ({ state, count, max }: { state: string; count: number | undefined; max: number }) => {
  const labels = useProcessLabels();
  const filter = encodeURIComponent(JSON.stringify({ state }));
  return (
    <Box
      component="li"
      sx={{ display: 'grid', gridTemplateColumns: '11rem 1fr 2.5rem', alignItems: 'center', gap: 1 }}
    >
      <Link to={`/recommendations?filter=${filter}`}>{labels.stateLabel('recommendation', state)}</Link>
      <Box aria-hidden sx={{ height: 14, bgcolor: 'action.hover', borderRadius: 1 }}>
        <Box
          sx={{
            height: '100%',
            width: `${max === 0 ? 0 : ((count ?? 0) / max) * 100}%`,
            minWidth: count ? 4 : 0,
            bgcolor: STATE_COLORS[state] ?? 'grey.600',
            borderRadius: 1,
          }}
        />
      </Box>
      <Typography
        component="span"
        variant="body2"
        sx={{ textAlign: 'end', fontVariantNumeric: 'tabular-nums' }}
      >
        {count ?? '…'}
      </Typography>
    </Box>
  );
};

/** Recommendations by state as horizontal bars; the numbers are text, the bars only illustrate them. */
export const RecommendationChart = () => {
  const translate = useTranslate();
  const states = useCouncilEnums().data?.recommendationStates ?? [];
  const counts = useCounts(states);
  const max = Math.max(0, ...Object.values(counts).map((count) => count ?? 0));
  return (
    <Card component="section" aria-labelledby="chart-heading" sx={{ height: '100%' }}>
      <CardContent>
        <Typography id="chart-heading" variant="h5" component="h2" gutterBottom>
          {translate('gremium.dashboard.recommendations')}
        </Typography>
        <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 0.75 }}>
          {states.map((state) => (
            <Bar key={state} state={state} count={counts[state]} max={max} />
          ))}
        </Box>
      </CardContent>
    </Card>
  );
};
