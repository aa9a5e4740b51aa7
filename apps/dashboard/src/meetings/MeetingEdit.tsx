import { Edit } from 'react-admin';
import { RecordHistory } from '../records/RecordHistory';
import { MeetingForm, toMeetingBody } from './MeetingForm';

export const MeetingEdit = () => (
  <>
    <Edit mutationMode="pessimistic" redirect="list" transform={toMeetingBody}>
      <MeetingForm />
    </Edit>
    <RecordHistory resource="meetings" />
  </>
);
