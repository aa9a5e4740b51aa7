import type { EffectContext, EffectHandler } from '@gremium/workflow';
import { agendaOf, scheduleDueDates, storeAgenda } from '../../meetings/agenda';
import { Meeting, type MeetingState } from '../../meetings/meeting.entity';
import { berlinDateOf } from '../../terms/calendar-date';
import type { MeetingContext, MeetingRef } from './meeting.machine';

/** P8 → the meeting row, after every transition. */
export async function projectMeeting({
  em,
  instance,
  event,
  now,
}: EffectContext<MeetingContext>): Promise<void> {
  const context = instance.context;
  const fields = {
    body: context.body,
    workingGroupId: context.workingGroupId,
    kind: context.kind,
    title: context.title,
    date: berlinDateOf(Date.parse(context.start)),
    start: new Date(context.start),
    end: new Date(context.end),
    location: context.location,
    onlineUrl: context.onlineUrl,
    state: instance.state as MeetingState,
    processId: instance.id,
    sequence: context.sequence,
    invitedAt: context.invitedAt === null ? null : new Date(context.invitedAt),
    cancelReason: context.cancelReason,
    updatedAt: now,
  };
  const existing = await em.findOne(Meeting, context.meetingId);
  // HOLD records the attendance; the minutes may correct it afterwards.
  if (!existing) {
    em.create(Meeting, { id: context.meetingId, ...fields, attendance: context.attendance, createdAt: now });
  } else {
    Object.assign(existing, fields);
    if (event.type === 'HOLD') existing.attendance = context.attendance;
  }
  // A meeting planned, moved, invited or cancelled changes where waiting decisions sit, and so their due dates.
  await em.flush();
  await scheduleDueDates(em);
}

/** INVITE: the live agenda becomes the meeting's stored agenda; decisions due later go to the next meeting. */
export const freezeAgenda: EffectHandler<MeetingContext, MeetingRef> = async ({ em, now }, params) => {
  const meeting = await em.findOneOrFail(Meeting, params.meetingId);
  await storeAgenda(em, meeting, await agendaOf(em, meeting), now);
};
