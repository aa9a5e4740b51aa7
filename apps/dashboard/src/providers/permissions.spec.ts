import { describe, expect, it } from '@jest/globals';
import { mayAccess, type Me } from './permissions';

const account = (roles: string[], derived: string[] = []): Me => ({
  id: 'u',
  displayName: 'X',
  personId: 'p',
  roles,
  permissions: [...roles, ...derived],
});

describe('what the dashboard offers an account', () => {
  it('gives the coordination office everything', () => {
    expect(mayAccess(account(['coordination']), 'users', 'delete')).toBe(true);
  });

  it('lets viewers read but not write, and hides the accounts', () => {
    const viewer = account(['viewer']);
    expect(mayAccess(viewer, 'people', 'list')).toBe(true);
    expect(mayAccess(viewer, 'people', 'edit')).toBe(false);
    expect(mayAccess(viewer, 'users', 'list')).toBe(false);
    expect(mayAccess(viewer, 'notifications', 'edit')).toBe(true);
  });

  it('lets members draft and edit the recommendations of their own groups only', () => {
    const member = account(['viewer'], ['member:g1', 'steering-member']);
    expect(mayAccess(member, 'recommendations', 'create')).toBe(true);
    expect(mayAccess(member, 'recommendations', 'edit', { workingGroupId: 'g1' })).toBe(true);
    expect(mayAccess(member, 'recommendations', 'edit', { workingGroupId: 'g2' })).toBe(false);
    expect(mayAccess(account(['viewer']), 'recommendations', 'create')).toBe(false);
  });
});
