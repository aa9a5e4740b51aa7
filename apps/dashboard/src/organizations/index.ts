import CorporateFareIcon from '@mui/icons-material/CorporateFare';
import { lazyPage } from '../lazyPage';

export const list = lazyPage(() => import('./OrganizationList'), 'OrganizationList');
export const show = lazyPage(() => import('./OrganizationShow'), 'OrganizationShow');
export const create = lazyPage(() => import('./OrganizationCreate'), 'OrganizationCreate');
export const edit = lazyPage(() => import('./OrganizationEdit'), 'OrganizationEdit');
export const icon = CorporateFareIcon;
