import { Create } from 'react-admin';
import { RecommendationForm, toCreateBody } from './RecommendationForm';

export const RecommendationCreate = () => (
  <Create redirect="show" transform={toCreateBody}>
    <RecommendationForm creating />
  </Create>
);
