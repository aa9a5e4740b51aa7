import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import { lazyPage } from '../lazyPage';

export const list = lazyPage(() => import('./AuditEventList'), 'AuditEventList');
export const icon = ReceiptLongIcon;
