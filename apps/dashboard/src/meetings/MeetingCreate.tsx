import { Create } from 'react-admin';
import { MeetingForm, toMeetingBody } from './MeetingForm';

export const MeetingCreate = () => (
  <Create
    redirect={(_resource, id) => (id ? `/meetings/${String(id)}/show` : '/meetings')}
    transform={toMeetingBody}
  >
    <MeetingForm />
  </Create>
);
