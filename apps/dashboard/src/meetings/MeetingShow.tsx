import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import { Show, useRecordContext } from 'react-admin';
import { CommandPanel } from '../commands/CommandPanel';
import { PublicationSection } from '../publication/PublicationSection';
import type { MeetingRecord } from '../types';
import { AgendaEditor } from './AgendaEditor';
import { InvitationStatus } from './InvitationStatus';
import { MeetingDocuments } from './MeetingDocuments';
import { MeetingFacts } from './MeetingFacts';
import { MeetingFiles } from './MeetingFiles';
import { MeetingTitle } from './MeetingTitle';
import { MinutesEditor } from './MinutesEditor';

/** INVITE, RESCHEDULE, CANCEL, HOLD, APPROVE_MINUTES: what the meeting's process offers this user now. */
const MeetingCommands = () => {
  const record = useRecordContext<MeetingRecord>();
  return record?.processId ? <CommandPanel processId={record.processId} /> : null;
};

const MeetingPublication = () => {
  const record = useRecordContext<MeetingRecord>();
  return record ? <PublicationSection subjectType="meeting" id={record.id} /> : null;
};

/** After APPROVE_MINUTES the decisions reach their processes through the worker: follow them until decided. */
const whileDispatching = (query: { state: { data?: MeetingRecord } }) =>
  query.state.data?.minutes?.items.some((item) => item.dispatch?.status === 'queued') ? 1500 : false;

/**
 * The meeting page: one small section per concern, in the order of the meeting's life, so a further
 * section (e.g. the meeting's documents) is one more line here.
 */
export const MeetingShow = () => (
  <Show title={<MeetingTitle />} queryOptions={{ refetchInterval: whileDispatching }}>
    <Box sx={{ p: 2, display: 'grid', gap: 2, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <MeetingFacts />
      <MeetingDocuments />
      <MeetingFiles />
      <Divider />
      <MeetingCommands />
      <Divider />
      <AgendaEditor />
      <Divider />
      <InvitationStatus />
      <MeetingPublication />
      <MinutesEditor />
    </Box>
  </Show>
);
