import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict, invalidField, type Refusal, type RuleContext } from '@gremium/workflow';
import { Meeting, type MeetingBody } from './meeting.entity';

const BODY_NAMES: Record<MeetingBody, string> = {
  plenary: 'the plenary',
  steering: 'the steering group',
  'working-group': 'this working group',
};

/**
 * A decision recorded "at a meeting" must name a meeting of the deciding body (of the right working group)
 * that was not cancelled: an unknown or foreign meeting is a 400, a cancelled one a 409, both naming the field.
 */
export async function requireMeetingOf(
  em: EntityManager,
  meetingId: unknown,
  body: MeetingBody,
  field: string,
  workingGroupId: string | null = null,
): Promise<Refusal | null> {
  if (typeof meetingId !== 'string') return null;
  const meeting = await em.findOne(Meeting, meetingId);
  if (!meeting) return invalidField(field, 'is not an existing meeting');
  if (meeting.body !== body || (body === 'working-group' && meeting.workingGroupId !== workingGroupId)) {
    return invalidField(field, `is not a meeting of ${BODY_NAMES[body]}`);
  }
  if (meeting.state === 'cancelled') {
    return conflict(`${field} names a cancelled meeting`, { field, state: meeting.state });
  }
  return null;
}

/** A command check: `payload.<key>`, when given, names a meeting of `body`. */
export function meetingInPayload(body: MeetingBody, key = 'meetingId') {
  return ({ em, payload, instance }: RuleContext): Promise<Refusal | null> =>
    requireMeetingOf(
      em,
      payload[key],
      body,
      `payload.${key}`,
      (instance?.context.workingGroupId as string | undefined) ?? null,
    );
}

/** Runs checks in order and returns the first refusal. */
export function allChecks(...checks: ((ctx: RuleContext) => Promise<Refusal | null>)[]) {
  return async (ctx: RuleContext): Promise<Refusal | null> => {
    for (const check of checks) {
      const refusal = await check(ctx);
      if (refusal) return refusal;
    }
    return null;
  };
}
