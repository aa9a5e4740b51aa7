import GroupsIcon from '@mui/icons-material/Diversity3';
import Alert from '@mui/material/Alert';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import { LinkButton } from '../fields/LinkButton';
import { useSteeringGroup } from '../providers/queries';
import { SteeringGroupTable } from '../steering-group/SteeringGroupTable';

/** The steering group today (R6): size, occupied seats, each seat's holder or vacancy. */
export const SteeringGroupCard = () => {
  const translate = useTranslate();
  const { data, error } = useSteeringGroup();
  return (
    <Card component="section" aria-labelledby="steering-heading">
      <CardContent sx={{ pb: 0 }}>
        <Typography id="steering-heading" variant="h5" component="h2">
          {translate('gremium.steering.heading')}
        </Typography>
        {data && (
          <Typography variant="body2" sx={{ mb: 1 }}>
            {translate('gremium.steering.occupancy', { occupied: data.occupied, size: data.size })}
          </Typography>
        )}
        {error ? (
          <Alert severity="error">{error.message}</Alert>
        ) : data ? (
          <SteeringGroupTable composition={data} />
        ) : (
          <LinearProgress aria-label={translate('ra.page.loading')} />
        )}
      </CardContent>
      <CardActions>
        <LinkButton to="/steering-group" label="gremium.steering.show">
          <GroupsIcon />
        </LinkButton>
      </CardActions>
    </Card>
  );
};
