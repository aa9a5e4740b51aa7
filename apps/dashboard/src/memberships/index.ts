import CardMembershipIcon from '@mui/icons-material/CardMembership';
import { lazyPage } from '../lazyPage';

export const list = lazyPage(() => import('./MembershipList'), 'MembershipList');
export const create = lazyPage(() => import('./MembershipCreate'), 'MembershipCreate');
export const edit = lazyPage(() => import('./MembershipEdit'), 'MembershipEdit');
export const icon = CardMembershipIcon;
