import HowToVoteIcon from '@mui/icons-material/HowToVote';
import { lazyPage } from '../lazyPage';

export const list = lazyPage(() => import('./TaskList'), 'TaskList');
export const icon = HowToVoteIcon;
