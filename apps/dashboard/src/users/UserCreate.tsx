import { Create } from 'react-admin';
import { UserForm, toUserBody } from './UserForm';

export const UserCreate = () => (
  <Create redirect="list" transform={toUserBody}>
    <UserForm creating />
  </Create>
);
