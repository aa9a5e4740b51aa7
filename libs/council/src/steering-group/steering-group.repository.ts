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

/** Composes the steering group as it stands on a calendar date. */
export async function steeringGroupOn(em: EntityManager, date: string): Promise<Composition> {
  return composeSteeringGroup(date, await steeringFactsUntil(em, date));
}
