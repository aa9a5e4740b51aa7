import { forbidden, type PermissionRule } from '@gremium/workflow';

const ROLE_NAMES: Record<string, string> = { coordination: 'the coordination office' };

export function requireRole(role: string): PermissionRule {
  return async ({ actor }) =>
    actor.type === 'user' && actor.roles.includes(role)
      ? null
      : forbidden(`only ${ROLE_NAMES[role] ?? role} may do this`);
}

export const coordinationOnly = requireRole('coordination');
