import type { EntityManager } from '@mikro-orm/postgresql';
import { conflictOn, invalidField, type Refusal, type RuleContext } from '@gremium/workflow';
import { berlinDateOf } from '../terms/calendar-date';
import { councilCoded } from '../errors/council-errors';
import { Meeting, type MeetingBody } from './meeting.entity';

/** The body whose meeting may decide: a council body, or the working group a process is about. */
export type DecidingBody = Exclude<MeetingBody, 'working-group'> | { workingGroupId: string };

/**
 * A decision "at" a meeting is plausible only at a meeting of the deciding body that has taken place,
 * on or after the day the process was started (Europe/Berlin). Each refusal names the field and carries a
 * stable key: `meeting.unknown`, `meeting.wrong_body`, `meeting.in_future`, `meeting.before_start`.
 */
export async function meetingRefusal(
  em: EntityManager,
  field: string,
  meetingId: string,
  body: DecidingBody,
  today: string,
  startedOn: string,
): Promise<Refusal | null> {
  const meeting = await em.findOne(Meeting, meetingId);
  if (!meeting) return invalidField(field, councilCoded('meeting.unknown'));
  const right =
    typeof body === 'string'
      ? meeting.body === body
      : meeting.body === 'working-group' && meeting.workingGroupId === body.workingGroupId;
  if (!right) {
    const expected = typeof body === 'string' ? body : 'working-group';
    return conflictOn(field, councilCoded('meeting.wrong_body', { body: expected }));
  }
  if (meeting.state === 'cancelled') {
    return conflictOn(field, councilCoded('meeting.cancelled', { date: meeting.date }));
  }
  if (meeting.date > today) {
    return conflictOn(field, councilCoded('meeting.in_future', { date: meeting.date }));
  }
  if (meeting.date < startedOn) {
    return conflictOn(field, councilCoded('meeting.before_start', { date: meeting.date, start: startedOn }));
  }
  return null;
}

/**
 * A command check (CommandDefinition.check) for the meeting named in the payload's `field`, if any;
 * `since` is when the matter began (the process's start unless told otherwise, e.g. the submission).
 */
export function plausibleMeeting<TContext extends object, TPayload extends object>(
  field: keyof TPayload & string,
  bodyOf: DecidingBody | ((ctx: RuleContext<TContext, TPayload>) => DecidingBody | null),
  since: (ctx: RuleContext<TContext, TPayload>) => Date | number | null = ({ instance }) =>
    instance?.startedAt ?? null,
): (ctx: RuleContext<TContext, TPayload>) => Promise<Refusal | null> {
  return async (ctx) => {
    const meetingId: unknown = ctx.payload[field];
    const body = typeof bodyOf === 'function' ? bodyOf(ctx) : bodyOf;
    const began = since(ctx);
    if (typeof meetingId !== 'string' || !body || began === null) return null;
    return meetingRefusal(
      ctx.em,
      `payload.${field}`,
      meetingId,
      body,
      berlinDateOf(ctx.now),
      berlinDateOf(began),
    );
  };
}
