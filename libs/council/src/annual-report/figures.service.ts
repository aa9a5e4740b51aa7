import type { EntityManager } from '@mikro-orm/postgresql';
import { Meeting } from '../meetings/meeting.entity';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';
import { Recommendation } from '../processes/recommendation/recommendation.entity';
import { steeringFactsUntil } from '../steering-group/steering-group.repository';
import { berlinDateOf, berlinMidnight, formatCalendarDate } from '../terms/calendar-date';
import { compileFigures, nameFigures, peopleInFigures, type AnnualFigures } from './figures';

/**
 * The annual report's figures of a calendar year (P6, R10) as the data recorded that year: from the dates
 * kept (founding and dissolution, moderator tenures, terms, meeting days, submissions), not from today's
 * state; only a recommendation's fate is today's.
 */
export async function compileAnnualFigures(
  em: EntityManager,
  year: number,
  now: Date,
): Promise<AnnualFigures> {
  const last = formatCalendarDate(year, 12, 31);
  const first = formatCalendarDate(year, 1, 1);
  // One after the other: inside the worker's transaction they share one connection.
  const steering = await steeringFactsUntil(em, last);
  const meetings = await em.find(Meeting, { date: { $gte: first, $lte: last } });
  const recommendations = await em.find(Recommendation, {
    submittedAt: { $gte: berlinMidnight(first), $lt: berlinMidnight(formatCalendarDate(year + 1, 1, 1)) },
  });
  const organizationIds = steering.appointments.flatMap((appointment) =>
    appointment.organizationId ? [appointment.organizationId] : [],
  );
  const organizations = await em.find(Organization, { id: { $in: organizationIds } });
  return compileFigures(
    year,
    {
      steering,
      meetings: meetings.map((meeting) => ({
        id: meeting.id,
        date: meeting.date,
        body: meeting.body,
        workingGroupId: meeting.workingGroupId,
        kind: meeting.kind,
        title: meeting.title,
        state: meeting.state,
        attendance: meeting.attendance,
      })),
      recommendations: recommendations.map((item) => ({
        id: item.id,
        title: item.title,
        workingGroupId: item.workingGroupId,
        submittedOn: item.submittedAt ? berlinDateOf(item.submittedAt) : null,
        state: item.state,
        tags: item.tags,
        forwards: item.forwards,
        answers: item.answers,
      })),
      // Ids only: names are read when the report is shown (nameFigures), so erasure reaches the report too.
      people: new Map(),
      organizations: new Map(organizations.map((organization) => [organization.id, organization.name])),
    },
    now,
  );
}

/** The figures as shown: each person by their name today (an erased person by the pseudonym). */
export async function figuresWithNames(em: EntityManager, figures: AnnualFigures): Promise<AnnualFigures> {
  const people = await em.find(Person, { id: { $in: peopleInFigures(figures) } });
  return nameFigures(figures, new Map(people.map((person) => [person.id, person.name])));
}
