import type { EntityManager } from '@mikro-orm/postgresql';
import { inForceOn } from '../memberships/membership-queries';
import { Membership } from '../memberships/membership.entity';
import { steeringGroupOn } from '../steering-group/steering-group.repository';
import type { Meeting } from './meeting.entity';

/**
 * Who is invited (P8): the body's members on the meeting day, derived from the data. Plenary: plenary
 * memberships in force; steering: the seat holders of the composition on that day (R6); working group: its
 * members in force (temporary members included, R2).
 */
export async function inviteesOf(
  em: EntityManager,
  meeting: Pick<Meeting, 'body' | 'workingGroupId' | 'date'>,
): Promise<string[]> {
  if (meeting.body === 'steering') {
    const composition = await steeringGroupOn(em, meeting.date);
    return [...new Set(composition.seats.flatMap((seat) => (seat.personId ? [seat.personId] : [])))];
  }
  const memberships = await em.find(
    Membership,
    meeting.body === 'plenary'
      ? { body: 'plenary', ...inForceOn(meeting.date) }
      : { body: 'working-group', workingGroupId: meeting.workingGroupId, ...inForceOn(meeting.date) },
  );
  return [...new Set(memberships.map((membership) => membership.personId))];
}
