import LightbulbIcon from '@mui/icons-material/Lightbulb';
import { lazyPage } from '../lazyPage';

export const list = lazyPage(() => import('./RecommendationList'), 'RecommendationList');
export const show = lazyPage(() => import('./RecommendationShow'), 'RecommendationShow');
export const create = lazyPage(() => import('./RecommendationCreate'), 'RecommendationCreate');
export const edit = lazyPage(() => import('./RecommendationEdit'), 'RecommendationEdit');
export const icon = LightbulbIcon;
