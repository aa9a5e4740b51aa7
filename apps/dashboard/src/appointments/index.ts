import EventSeatIcon from '@mui/icons-material/EventSeat';
import { lazyPage } from '../lazyPage';

export const list = lazyPage(() => import('./AppointmentList'), 'AppointmentList');
export const show = lazyPage(() => import('./AppointmentShow'), 'AppointmentShow');
export const icon = EventSeatIcon;
