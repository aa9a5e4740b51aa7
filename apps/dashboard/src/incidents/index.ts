import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import { lazyPage } from '../lazyPage';

export const list = lazyPage(() => import('./IncidentList'), 'IncidentList');
export const icon = ReportProblemIcon;
