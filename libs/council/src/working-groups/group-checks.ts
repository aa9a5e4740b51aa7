import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict, invalidField, type Refusal } from '@gremium/workflow';
import { WorkingGroup } from './working-group.entity';
import { councilCoded } from '../errors/council-errors';

export async function requireActiveGroup(em: EntityManager, workingGroupId: string): Promise<Refusal | null> {
  const group = await em.findOne(WorkingGroup, workingGroupId);
  if (!group) return invalidField('input.workingGroupId', councilCoded('working_group.unknown'));
  return group.status === 'active'
    ? null
    : conflict(councilCoded('working_group.dissolved', { name: group.name }));
}
