import { Edit } from 'react-admin';
import { MembershipForm, toMembershipBody } from './MembershipForm';

export const MembershipEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" transform={toMembershipBody}>
    <MembershipForm />
  </Edit>
);
