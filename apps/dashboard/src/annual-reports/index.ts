import SummarizeIcon from '@mui/icons-material/Summarize';
import { lazyPage } from '../lazyPage';

export const list = lazyPage(() => import('./AnnualReportList'), 'AnnualReportList');
export const show = lazyPage(() => import('./AnnualReportShow'), 'AnnualReportShow');
export const icon = SummarizeIcon;
