import NotificationsIcon from '@mui/icons-material/Notifications';
import Badge from '@mui/material/Badge';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { Link, useGetList, useTranslate } from 'react-admin';

const UNREAD = `/notifications?filter=${encodeURIComponent(JSON.stringify({ read: false }))}`;

/** The unread notifications' count (refreshed every minute), leading to them. */
export const NotificationsButton = () => {
  const translate = useTranslate();
  const { total } = useGetList(
    'notifications',
    {
      filter: { read: false },
      pagination: { page: 1, perPage: 1 },
      sort: { field: 'createdAt', order: 'DESC' },
    },
    { refetchInterval: 60_000 },
  );
  const label = total
    ? translate('gremium.notifications.unread_count', { smart_count: total })
    : translate('gremium.notifications.none_unread');
  return (
    <Tooltip title={label}>
      <IconButton component={Link} to={UNREAD} color="inherit" aria-label={label}>
        <Badge badgeContent={total || undefined} color="error" max={99}>
          <NotificationsIcon />
        </Badge>
      </IconButton>
    </Tooltip>
  );
};
