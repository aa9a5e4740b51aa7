import NotificationsIcon from '@mui/icons-material/Notifications';
import { lazyPage } from '../lazyPage';

export const list = lazyPage(() => import('./NotificationList'), 'NotificationList');
export const icon = NotificationsIcon;
