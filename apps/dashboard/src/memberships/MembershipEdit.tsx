import { Edit } from 'react-admin';
import { RecordHistory } from '../records/RecordHistory';
import { MembershipForm, toMembershipBody } from './MembershipForm';

export const MembershipEdit = () => (
  <>
    <Edit mutationMode="pessimistic" redirect="list" transform={toMembershipBody}>
      <MembershipForm />
    </Edit>
    <RecordHistory resource="memberships" />
  </>
);
