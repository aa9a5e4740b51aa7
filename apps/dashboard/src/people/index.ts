import PeopleIcon from '@mui/icons-material/People';
import { lazyPage } from '../lazyPage';

export const list = lazyPage(() => import('./PersonList'), 'PersonList');
export const show = lazyPage(() => import('./PersonShow'), 'PersonShow');
export const create = lazyPage(() => import('./PersonCreate'), 'PersonCreate');
export const edit = lazyPage(() => import('./PersonEdit'), 'PersonEdit');
export const icon = PeopleIcon;
