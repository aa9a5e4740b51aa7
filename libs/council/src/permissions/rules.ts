import { forbidden, type PermissionRule, type RuleContext } from '@gremium/workflow';
import { berlinDateOf } from '../terms/calendar-date';
import { isSteeringMember } from '../steering-group/composition';
import { steeringGroupOn } from '../steering-group/steering-group.repository';
import { WorkingGroup } from '../working-groups/working-group.entity';
import { isGroupMember } from '../memberships/membership-queries';

/** Where a rule finds the working group a command is about. */
export type GroupOf<C extends object, P extends object> = (ctx: RuleContext<C, P>) => string | undefined;

export const groupInContext = ({ instance }: RuleContext<{ workingGroupId: string }, object>) =>
  instance?.context.workingGroupId;
export const groupInPayload = ({ payload }: RuleContext<object, { workingGroupId: string }>) =>
  payload.workingGroupId;

export function requireRole(role: 'coordination' | 'viewer'): PermissionRule<object, object> {
  const name = role === 'coordination' ? 'the coordination office' : role;
  return async ({ actor }) =>
    actor.type === 'user' && actor.roles.includes(role) ? null : forbidden(`only ${name} may do this`);
}

export const coordinationOnly = requireRole('coordination');

/** R6: a current steering seat on today's date (Europe/Berlin), derived from the data now. */
export const steeringMemberOnly: PermissionRule<object, object> = async ({ em, actor, now }) => {
  if (actor.type === 'user' && actor.personId) {
    const composition = await steeringGroupOn(em, berlinDateOf(now));
    if (isSteeringMember(composition, actor.personId)) return null;
  }
  return forbidden('only current members of the steering group may do this');
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
      : forbidden('only the moderator of this working group may do this');
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
      : forbidden('only members of this working group may do this');
  };
}
