import EventIcon from '@mui/icons-material/Event';
import { lazyPage } from '../lazyPage';

export const list = lazyPage(() => import('./MeetingList'), 'MeetingList');
export const create = lazyPage(() => import('./MeetingCreate'), 'MeetingCreate');
export const show = lazyPage(() => import('./MeetingShow'), 'MeetingShow');
export const icon = EventIcon;
