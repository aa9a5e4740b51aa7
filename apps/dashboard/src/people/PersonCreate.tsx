import { Create } from 'react-admin';
import { PersonForm, toPersonBody } from './PersonForm';

export const PersonCreate = () => (
  <Create redirect="show" transform={toPersonBody}>
    <PersonForm />
  </Create>
);
