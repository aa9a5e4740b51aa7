import GroupsIcon from '@mui/icons-material/Groups';
import { lazyPage } from '../lazyPage';

export const list = lazyPage(() => import('./WorkingGroupList'), 'WorkingGroupList');
export const show = lazyPage(() => import('./WorkingGroupShow'), 'WorkingGroupShow');
export const icon = GroupsIcon;
