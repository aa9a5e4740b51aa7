import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { berlinDateOf } from '../terms/calendar-date';
import { DEFAULT_RULES, type RulesOfProcedure } from './rules-of-procedure';
import { SettingsRevision } from './settings-revision.entity';

/** The rules in force on a day (Europe/Berlin): the newest revision that took effect by then. */
export async function rulesInForce(em: EntityManager, on: string): Promise<RulesOfProcedure> {
  const [latest] = await em.find(
    SettingsRevision,
    { inForceFrom: { $lte: on } },
    { orderBy: { inForceFrom: 'desc', createdAt: 'desc' }, limit: 1 },
  );
  // Revisions recorded before a setting existed hold no value for it: the default applies.
  return { ...DEFAULT_RULES, ...latest?.values };
}

/** The rules of the newest revision, in force or not yet (e.g. for planning a schedule ahead). */
export async function latestRules(em: EntityManager): Promise<RulesOfProcedure> {
  const [latest] = await em.find(
    SettingsRevision,
    {},
    { orderBy: { inForceFrom: 'desc', createdAt: 'desc' }, limit: 1 },
  );
  return { ...DEFAULT_RULES, ...latest?.values };
}

export async function recordRules(
  em: EntityManager,
  values: RulesOfProcedure,
  recordedBy: string,
  meetingId: string | null,
  now: Date,
  inForceFrom = berlinDateOf(now),
): Promise<SettingsRevision> {
  const revision = em.create(SettingsRevision, {
    id: randomUUID(),
    values,
    meetingId,
    inForceFrom,
    recordedBy,
    createdAt: now,
  });
  await em.flush();
  return revision;
}
