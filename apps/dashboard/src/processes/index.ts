import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { lazyPage } from '../lazyPage';

export const list = lazyPage(() => import('./ProcessList'), 'ProcessList');
export const show = lazyPage(() => import('./ProcessShow'), 'ProcessShow');
export const create = lazyPage(() => import('./ProcessCreate'), 'ProcessCreate');
export const icon = AccountTreeIcon;
