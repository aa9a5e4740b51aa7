import type { EntityManager } from '@mikro-orm/postgresql';
import { Appointment } from '../processes/seat-appointment/appointment.entity';
import { ModeratorTenure } from '../working-groups/moderator-tenure.entity';
import { WorkingGroup } from '../working-groups/working-group.entity';
import { CoordinationAssignment } from './coordination-assignment.entity';
import { composeSteeringGroup, type Composition } from './composition';

/** Loads the facts R6 needs and composes the steering group as it stands on a calendar date. */
export async function steeringGroupOn(em: EntityManager, date: string): Promise<Composition> {
  // One after the other: inside the worker's transaction they share one connection.
  const groups = await em.find(WorkingGroup, { foundedAt: { $lte: date } });
  const appointments = await em.find(Appointment, { termStart: { $lte: date } });
  const coordination = await em.find(CoordinationAssignment, { since: { $lte: date } });
  const tenures = await em.find(ModeratorTenure, { from: { $lte: date } }, { orderBy: { from: 'asc' } });
  return composeSteeringGroup(date, {
    groups: groups.map((g) => ({
      moderators: tenures.filter((tenure) => tenure.workingGroupId === g.id),
      id: g.id,
      name: g.name,
      status: g.status,
      foundedAt: g.foundedAt,
      dissolvedAt: g.dissolvedAt,
      moderatorId: g.moderatorId,
      moderatorSince: g.moderatorSince,
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
    coordination: coordination.map((c) => ({ personId: c.personId, since: c.since })),
  });
}
