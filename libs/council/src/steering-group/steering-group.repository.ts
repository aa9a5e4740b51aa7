import type { EntityManager } from '@mikro-orm/postgresql';
import { Appointment } from '../processes/seat-appointment/appointment.entity';
import { ModeratorTenure } from '../working-groups/moderator-tenure.entity';
import { WorkingGroup } from '../working-groups/working-group.entity';
import { CoordinationAssignment } from './coordination-assignment.entity';
import { composeSteeringGroup, type Composition, type SteeringFacts } from './composition';

/**
 * The facts R6 composes the steering group from, as recorded up to a calendar date: groups founded, terms
 * begun, coordination assignments and moderator tenures by then (coordination in the order recorded).
 */
export async function steeringFactsUntil(em: EntityManager, date: string): Promise<SteeringFacts> {
  // One after the other: inside the worker's transaction they share one connection.
  const groups = await em.find(WorkingGroup, { foundedAt: { $lte: date } });
  const appointments = await em.find(Appointment, { termStart: { $lte: date } });
  const coordination = await em.find(CoordinationAssignment, { since: { $lte: date } });
  const tenures = await em.find(ModeratorTenure, { from: { $lte: date } }, { orderBy: { from: 'asc' } });
  return {
    groups: groups.map((g) => ({
      id: g.id,
      name: g.name,
      status: g.status,
      foundedAt: g.foundedAt,
      dissolvedAt: g.dissolvedAt,
      moderatorId: g.moderatorId,
      moderatorSince: g.moderatorSince,
      moderators: tenures
        .filter((tenure) => tenure.workingGroupId === g.id)
        .map(({ personId, from, to }) => ({ personId, from, to })),
    })),
    appointments: appointments.map((a) => ({
      id: a.id,
      seat: a.seat,
      personId: a.personId,
      organizationId: a.organizationId,
      termStart: a.termStart,
      termEnd: a.termEnd,
      endedOn: a.endedOn,
      status: a.status,
    })),
    coordination: coordination
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map((c) => ({ personId: c.personId, since: c.since })),
  };
}

/** Compositions a transaction has read, by date, with the epoch of its facts they were read at. */
const composedInTransaction = new WeakMap<
  object,
  Map<string, { epoch: string; composition: Promise<Composition> }>
>();

const FACTS = [WorkingGroup, Appointment, CoordinationAssignment, ModeratorTenure];

/**
 * Composes the steering group as it stands on a calendar date. Inside a transaction (the worker deciding a
 * batch of votes) it is composed once per date until the transaction changes a fact: the facts' triggers
 * count up a transaction-local epoch, and changes the unit of work still holds are flushed first, as a read
 * of the facts would.
 */
export async function steeringGroupOn(em: EntityManager, date: string): Promise<Composition> {
  const transaction = em.getTransactionContext<object>();
  if (!transaction) return composeSteeringGroup(date, await steeringFactsUntil(em, date));
  for (const entity of FACTS) await em.tryFlush(entity, {});
  const [{ epoch }] = await em.execute<[{ epoch: string | null }]>(
    `select current_setting('gremium.steering_facts_epoch', true) as epoch`,
  );
  const byDate = composedInTransaction.get(transaction) ?? new Map();
  composedInTransaction.set(transaction, byDate);
  const known = byDate.get(date);
  if (known && known.epoch === (epoch ?? '')) return known.composition;
  const composition = steeringFactsUntil(em, date).then((facts) => composeSteeringGroup(date, facts));
  byDate.set(date, { epoch: epoch ?? '', composition });
  composition.catch(() => byDate.delete(date));
  return composition;
}
