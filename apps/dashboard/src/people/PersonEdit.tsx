import { Edit } from 'react-admin';
import { PersonForm, toPersonBody } from './PersonForm';

export const PersonEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={toPersonBody}>
    <PersonForm />
  </Edit>
);
