import { Edit } from 'react-admin';
import { RecommendationForm, toEditBody } from './RecommendationForm';

/** PUT edits the draft through the EDIT command: refused (409) outside draft and returned, with the reason. */
export const RecommendationEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={toEditBody}>
    <RecommendationForm creating={false} />
  </Edit>
);
