import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DEFAULT_RULES, type RulesOfProcedure } from './rules-of-procedure';
import { SettingsRevision } from './settings-revision.entity';

export async function currentRules(em: EntityManager): Promise<RulesOfProcedure> {
  const [latest] = await em.find(SettingsRevision, {}, { orderBy: { createdAt: 'desc' }, limit: 1 });
  return latest?.values ?? DEFAULT_RULES;
}

export async function recordRules(
  em: EntityManager,
  values: RulesOfProcedure,
  recordedBy: string,
  meetingId: string | null,
  now: Date,
): Promise<SettingsRevision> {
  const revision = em.create(SettingsRevision, {
    id: randomUUID(),
    values,
    meetingId,
    recordedBy,
    createdAt: now,
  });
  await em.flush();
  return revision;
}
