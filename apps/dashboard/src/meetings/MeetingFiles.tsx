import { useCanAccess, useRecordContext, type RaRecord } from 'react-admin';
import { DocumentsPanel } from '../files/DocumentsPanel';

/**
 * The meeting's documents (invitation documents, minutes, presentations): one line on the meeting page.
 * The coordination office uploads here; the API also lets a working group's moderator attach to its meetings.
 */
export const MeetingFiles = () => {
  const record = useRecordContext<RaRecord>();
  const { canAccess } = useCanAccess({ resource: 'meetings', action: 'edit', record });
  if (!record) return null;
  return <DocumentsPanel subjectKind="meeting" subjectId={String(record.id)} canChange={!!canAccess} />;
};
