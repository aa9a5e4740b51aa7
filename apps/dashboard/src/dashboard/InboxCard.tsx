import ListIcon from '@mui/icons-material/List';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { ExportButton, ListBase, Pagination, useTranslate } from 'react-admin';
import { LinkButton } from '../fields/LinkButton';
import { TaskTable } from '../tasks/TaskTable';
import { taskExporter } from '../exports/work-exports';

/** "Alle offenen Punkte" (the coordination office's view): what waits on whom, the longest waiting first. */
export const InboxCard = () => {
  const translate = useTranslate();
  return (
    <Card component="section" aria-labelledby="inbox-heading">
      <CardContent sx={{ pb: 0 }}>
        <Typography id="inbox-heading" variant="h5" component="h2" gutterBottom>
          {translate('gremium.dashboard.inbox')}
        </Typography>
        <ListBase
          resource="tasks"
          filter={{ open: true }}
          sort={{ field: 'openedAt', order: 'ASC' }}
          perPage={5}
          disableSyncWithLocation
          storeKey={false}
        >
          <TaskTable
            empty={<Typography variant="body2">{translate('gremium.dashboard.empty')}</Typography>}
          />
          <Pagination rowsPerPageOptions={[5, 10, 25]} />
          <ExportButton exporter={taskExporter} maxResults={1000} />
        </ListBase>
      </CardContent>
      <CardActions>
        <LinkButton to="/tasks" label="gremium.dashboard.show_all">
          <ListIcon />
        </LinkButton>
      </CardActions>
    </Card>
  );
};
