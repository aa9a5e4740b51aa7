import Box from '@mui/material/Box';
import { Title, usePermissions } from 'react-admin';
import { CadenceCard } from './CadenceCard';
import { ExpiringTermsCard } from './ExpiringTermsCard';
import { InboxCard } from './InboxCard';
import { MyTasksCard } from './MyTasksCard';
import { RecommendationChart } from './RecommendationChart';
import { SteeringGroupCard } from './SteeringGroupCard';

/**
 * Home: what waits on me (and, for the coordination office, every open item), which terms end next, where
 * the recommendations stand, who sits in the SG.
 */
export const Dashboard = () => {
  const { permissions } = usePermissions<string[]>();
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 2,
        mt: 2,
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' },
      }}
    >
      <Title title="ra.page.dashboard" />
      <Box sx={{ gridColumn: '1 / -1' }}>
        <MyTasksCard />
      </Box>
      {permissions?.includes('coordination') && (
        <Box sx={{ gridColumn: '1 / -1' }}>
          <InboxCard />
        </Box>
      )}
      {permissions?.includes('coordination') && (
        <Box sx={{ gridColumn: '1 / -1' }}>
          <CadenceCard />
        </Box>
      )}
      <ExpiringTermsCard />
      <RecommendationChart />
      <Box sx={{ gridColumn: '1 / -1' }}>
        <SteeringGroupCard />
      </Box>
    </Box>
  );
};
