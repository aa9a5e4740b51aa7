import { Create } from 'react-admin';
import { MeetingForm, toMeetingBody } from './MeetingForm';

export const MeetingCreate = () => (
  <Create redirect="list" transform={toMeetingBody}>
    <MeetingForm />
  </Create>
);
