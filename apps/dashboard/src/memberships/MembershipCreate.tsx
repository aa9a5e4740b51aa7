import { Create } from 'react-admin';
import { MembershipForm, toMembershipBody } from './MembershipForm';

export const MembershipCreate = () => (
  <Create redirect="list" transform={toMembershipBody}>
    <MembershipForm />
  </Create>
);
