import { Edit } from 'react-admin';
import { RecordHistory } from '../records/RecordHistory';
import { UserForm, toUserBody } from './UserForm';

export const UserEdit = () => (
  <>
    <Edit mutationMode="pessimistic" redirect="list" transform={toUserBody}>
      <UserForm creating={false} />
    </Edit>
    <RecordHistory resource="users" />
  </>
);
