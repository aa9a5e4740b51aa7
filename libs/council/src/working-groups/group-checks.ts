import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict, invalidField, type Refusal } from '@gremium/workflow';
import { WorkingGroup } from './working-group.entity';

export async function requireActiveGroup(em: EntityManager, workingGroupId: string): Promise<Refusal | null> {
  const group = await em.findOne(WorkingGroup, workingGroupId);
  if (!group) return invalidField('input.workingGroupId', 'is not an existing working group');
  return group.status === 'active' ? null : conflict(`working group ${group.name} is dissolved`);
}
