import { forbidden, type PermissionRule, type RuleContext } from '@gremium/workflow';
import { berlinDateOf } from '../terms/calendar-date';
import { isSteeringMember } from '../steering-group/composition';
import { steeringGroupForChecks } from '../steering-group/steering-group-cache';
import { WorkingGroup } from '../working-groups/working-group.entity';
import { isGroupMember } from '../memberships/membership-queries';
import { councilCoded } from '../errors/council-errors';

/** Where a rule finds the working group a command is about. */
export type GroupOf<C extends object, P extends object> = (ctx: RuleContext<C, P>) => string | undefined;

export const groupInContext = ({ instance }: RuleContext<{ workingGroupId: string }, object>) =>
  instance?.context.workingGroupId;
export const groupInPayload = ({ payload }: RuleContext<object, { workingGroupId: string }>) =>
  payload.workingGroupId;

export function requireRole(role: 'coordination' | 'viewer'): PermissionRule<object, object> {
  const refusal = forbidden(
    councilCoded(role === 'coordination' ? 'permission.coordination' : 'permission.viewer'),
  );
  return async ({ actor }) => (actor.type === 'user' && actor.roles.includes(role) ? null : refusal);
}

export const coordinationOnly = requireRole('coordination');

/**
 * R6: a current steering seat on today's date (Europe/Berlin), derived from the data now (the API's
 * pre-check from its cache, the worker from its transaction).
 */
export const steeringMemberOnly: PermissionRule<object, object> = async ({ em, actor, now }) => {
  if (actor.type === 'user' && actor.personId) {
    const composition = await steeringGroupForChecks(em, berlinDateOf(now));
    if (isSteeringMember(composition, actor.personId)) return null;
  }
  return forbidden(councilCoded('permission.steering_member'));
};

/** R3: the group's current moderator. */
export function moderatorOf<C extends object, P extends object>(
  groupOf: GroupOf<C, P>,
): PermissionRule<C, P> {
  return async (ctx) => {
    const groupId = groupOf(ctx);
    const group = groupId ? await ctx.em.findOne(WorkingGroup, groupId) : null;
    const personId = ctx.actor.type === 'user' ? ctx.actor.personId : null;
    return group && personId && group.moderatorId === personId && group.status === 'active'
      ? null
      : forbidden(councilCoded('permission.moderator'));
  };
}

export function anyOf<C extends object, P extends object>(
  ...rules: PermissionRule<C, P>[]
): PermissionRule<C, P> {
  return async (ctx) => {
    let first = null;
    for (const rule of rules) {
      const refusal = await rule(ctx);
      if (!refusal) return null;
      first ??= refusal;
    }
    return first;
  };
}

/** R2/R13: a current member of the group (any role), whatever the stored roles. */
export function memberOf<C extends object, P extends object>(groupOf: GroupOf<C, P>): PermissionRule<C, P> {
  return async (ctx) => {
    const groupId = groupOf(ctx);
    const personId = ctx.actor.type === 'user' ? ctx.actor.personId : null;
    return groupId && personId && (await isGroupMember(ctx.em, personId, groupId, berlinDateOf(ctx.now)))
      ? null
      : forbidden(councilCoded('permission.group_member'));
  };
}
