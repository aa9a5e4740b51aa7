/** The fields of `GET /api/auth/me` the dashboard uses. */
export interface Me {
  id: string;
  displayName: string;
  personId: string | null;
  roles: string[];
  permissions: string[];
}

/** Read-only actions, open to every account. */
const READ = new Set(['list', 'show', 'export']);

/**
 * What the dashboard offers (the API checks every request again, from the data at that moment):
 * the coordination office administers everything; members draft their group's recommendations;
 * everyone may mark notifications read; the user accounts and the incidents are the coordination office's alone.
 */
export function mayAccess(
  me: Me,
  resource: string,
  action: string,
  record?: Record<string, unknown>,
): boolean {
  if (me.roles.includes('coordination')) return true;
  if (resource === 'users' || resource === 'incidents') return false;
  if (READ.has(action)) return true;
  if (resource === 'notifications' && action === 'edit') return true;
  if (resource === 'recommendations') {
    const groups = me.permissions
      .filter((p) => p.startsWith('member:'))
      .map((p) => p.slice('member:'.length));
    if (action === 'create') return groups.length > 0;
    if (action === 'edit') {
      const group = record?.workingGroupId;
      return typeof group === 'string' ? groups.includes(group) : groups.length > 0;
    }
  }
  return false;
}
