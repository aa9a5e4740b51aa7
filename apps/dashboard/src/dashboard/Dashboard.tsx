import ListIcon from '@mui/icons-material/List';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { Button, ListBase, Pagination, Title, useTranslate } from 'react-admin';
import { TaskTable } from '../tasks/TaskTable';

/** Home page: what is waiting on a decision right now. */
export const Dashboard = () => {
  const translate = useTranslate();
  return (
    <Card component="section" aria-labelledby="inbox-heading" sx={{ mt: 2 }}>
      <Title title="ra.page.dashboard" />
      <CardContent>
        <Typography id="inbox-heading" variant="h5" component="h2" gutterBottom>
          {translate('gremium.dashboard.inbox')}
        </Typography>
        <ListBase
          resource="tasks"
          filter={{ open: true }}
          sort={{ field: 'dueAt', order: 'ASC' }}
          perPage={10}
          disableSyncWithLocation
          storeKey={false}
        >
          <TaskTable
            empty={<Typography variant="body2">{translate('gremium.dashboard.empty')}</Typography>}
          />
          <Pagination rowsPerPageOptions={[10, 25, 50]} />
        </ListBase>
      </CardContent>
      <CardActions>
        <Button to="/tasks" label="gremium.dashboard.show_all">
          <ListIcon />
        </Button>
      </CardActions>
    </Card>
  );
};
