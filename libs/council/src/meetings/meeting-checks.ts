import type { EntityManager } from '@mikro-orm/postgresql';
import {
  conflict,
  invalidField,
  type PermissionRule,
  type Refusal,
  type RuleContext,
} from '@gremium/workflow';
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

const fieldOf = (value: object | null | undefined, key: string): unknown =>
  value && key in value ? (value as Record<string, unknown>)[key] : undefined;

/** A command check: `payload.<key>`, when given, names a meeting of `body` (of the process's working group). */
export function meetingInPayload<TContext extends object, TPayload extends object>(
  body: MeetingBody,
  key = 'meetingId',
): PermissionRule<TContext, TPayload> {
  return ({ em, payload, instance }: RuleContext<TContext, TPayload>) => {
    const groupId = fieldOf(instance?.context, 'workingGroupId');
    return requireMeetingOf(
      em,
      fieldOf(payload, key),
      body,
      `payload.${key}`,
      typeof groupId === 'string' ? groupId : null,
    );
  };
}

/** Runs checks in order and returns the first refusal. */
export function allChecks<TContext extends object, TPayload extends object>(
  ...checks: PermissionRule<TContext, TPayload>[]
): PermissionRule<TContext, TPayload> {
  return async (ctx) => {
    for (const check of checks) {
      const refusal = await check(ctx);
      if (refusal) return refusal;
    }
    return null;
  };
}
