import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { lazyPage } from '../lazyPage';

export const list = lazyPage(() => import('./UserList'), 'UserList');
export const create = lazyPage(() => import('./UserCreate'), 'UserCreate');
export const edit = lazyPage(() => import('./UserEdit'), 'UserEdit');
export const icon = ManageAccountsIcon;
