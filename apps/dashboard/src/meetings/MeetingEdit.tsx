import { Edit } from 'react-admin';
import { MeetingForm, toMeetingBody } from './MeetingForm';

export const MeetingEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" transform={toMeetingBody}>
    <MeetingForm />
  </Edit>
);
