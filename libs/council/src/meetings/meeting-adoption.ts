import type { EntityManager } from '@mikro-orm/postgresql';
import type { MeetingInput } from '../processes/meeting/meeting.schemas';
import { Meeting } from './meeting.entity';

export type StartMeetingProcess = (input: MeetingInput, startKey: string) => Promise<unknown>;

/** The start key of the P8 that adopts a meeting recorded before meetings were processes. */
export const adoptionKey = (meetingId: string) => `adopt:${meetingId}`;

/**
 * Meetings recorded before P8 (the migration gave them start, end and held/planned) become P8 instances:
 * each is started with `adopt`, keyed by its id, so concurrent workers or a second run adopt it once.
 */
export async function adoptRecordedMeetings(em: EntityManager, start: StartMeetingProcess): Promise<number> {
  const orphans = await em.find(Meeting, { processId: null }, { orderBy: { start: 'asc' } });
  for (const meeting of orphans) {
    await start(
      {
        body: meeting.body,
        ...(meeting.workingGroupId ? { workingGroupId: meeting.workingGroupId } : {}),
        kind: meeting.kind,
        title: meeting.title,
        start: meeting.start.toISOString(),
        end: meeting.end.toISOString(),
        location: meeting.location,
        ...(meeting.onlineUrl ? { onlineUrl: meeting.onlineUrl } : {}),
        adopt: { meetingId: meeting.id, held: meeting.state === 'held' },
      },
      adoptionKey(meeting.id),
    );
  }
  return orphans.length;
}
