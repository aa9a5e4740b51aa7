import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock, NotFoundError, ProcessInstance } from '@gremium/workflow';
import { forgetSessions } from '../identity/session-cache';
import { User } from '../identity/user.entity';
import { Person } from '../people/person.entity';
import { Appointment } from '../processes/seat-appointment/appointment.entity';
import { Recommendation } from '../processes/recommendation/recommendation.entity';
import { SEAT_LABELS } from '../shared/german-labels';
import { addDays, berlinDateOf, berlinMidnight } from '../terms/calendar-date';
import { inviteesOf } from './invitees';
import { agendaTitles } from './meeting-invitations';
import { buildCalendar, type CalendarEvent } from './meeting-ical';
import { icalUidOf, Meeting } from './meeting.entity';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
/** How far back the feed reaches (calendars keep what they already have). */
const PAST_DAYS = 400;

function allDay(uid: string, date: string, summary: string, description: string): CalendarEvent {
  return {
    uid,
    sequence: 0,
    start: berlinMidnight(date),
    end: berlinMidnight(addDays(date, 1)),
    allDay: true,
    summary,
    description,
  };
}

/**
 * A user's calendar subscription (P8): a secret URL, replaced by a new one on request (the old one stops
 * working at once). The feed lists the meetings of every body the user's person belongs to on each
 * meeting's day and, for the coordination office, the last days of terms and the ends of review periods.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  /** A new secret for the user's feed; the previous one is revoked. Returns the secret (shown once). */
  async issueToken(userId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const em = this.em.fork();
    const user = await em.findOneOrFail(User, userId);
    user.calendarTokenHash = hashOf(token);
    await em.flush();
    forgetSessions(em);
    return token;
  }

  async feed(token: string): Promise<string> {
    const em = this.em.fork();
    const user = await em.findOne(User, { calendarTokenHash: hashOf(token) });
    if (!user) throw new NotFoundError('calendar', 'feed');
    await this.clock.refresh(em);
    const today = berlinDateOf(this.clock.now());
    const events = user.personId ? await this.meetings(em, user.personId, today) : [];
    if (user.roles.includes('coordination')) {
      events.push(...(await this.termEnds(em, today)), ...(await this.reviewDeadlines(em)));
    }
    return buildCalendar('PUBLISH', 'Präventionsrat', events);
  }

  private async meetings(em: EntityManager, personId: string, today: string): Promise<CalendarEvent[]> {
    const meetings = await em.find(
      Meeting,
      { date: { $gte: addDays(today, -PAST_DAYS) } },
      { orderBy: { start: 'asc', id: 'asc' } },
    );
    const invited = new Map<string, boolean>();
    const events: CalendarEvent[] = [];
    for (const meeting of meetings) {
      const key = `${meeting.body}|${meeting.workingGroupId ?? ''}|${meeting.date}`;
      if (!invited.has(key)) invited.set(key, (await inviteesOf(em, meeting)).includes(personId));
      if (!invited.get(key)) continue;
      const agenda = await agendaTitles(em, meeting.id);
      const lines = agenda.map((title, index) => `TOP ${index + 1}: ${title}`);
      events.push({
        uid: icalUidOf(meeting.id),
        sequence: meeting.sequence,
        start: meeting.start,
        end: meeting.end,
        summary: meeting.title,
        description: lines.length ? `Tagesordnung:\n${lines.join('\n')}` : undefined,
        location: meeting.location,
        url: meeting.onlineUrl,
        cancelled: meeting.state === 'cancelled',
      });
    }
    return events;
  }

  private async termEnds(em: EntityManager, today: string): Promise<CalendarEvent[]> {
    const appointments = await em.find(Appointment, {
      termEnd: { $ne: null, $gte: addDays(today, -PAST_DAYS) },
      status: { $in: ['appointed', 'active', 'expiring'] },
    });
    const people = new Map(
      (
        await em.find(Person, { id: { $in: appointments.flatMap((a) => (a.personId ? [a.personId] : [])) } })
      ).map((person) => [person.id, person.name]),
    );
    return appointments.map((appointment) =>
      allDay(
        `term-${appointment.id}@gremium`,
        String(appointment.termEnd),
        `Letzter Amtstag: ${SEAT_LABELS[appointment.seat]} (${people.get(appointment.personId ?? '') ?? 'unbesetzt'})`,
        'Ende der zweijährigen Amtszeit (R7); die Nachfolge beruft die Vollversammlung.',
      ),
    );
  }

  private async reviewDeadlines(em: EntityManager): Promise<CalendarEvent[]> {
    const inReview = await em.find(Recommendation, { state: 'inReview', submittedAt: { $ne: null } });
    const processes = new Map(
      (await em.find(ProcessInstance, { id: { $in: inReview.map((r) => r.processId) } })).map((p) => [
        p.id,
        p,
      ]),
    );
    return inReview.flatMap((recommendation) => {
      const period = processes.get(recommendation.processId)?.context.reviewPeriodMs;
      if (typeof period !== 'number' || !recommendation.submittedAt) return [];
      const deadline = berlinDateOf(recommendation.submittedAt.getTime() + period);
      return [
        allDay(
          `review-${recommendation.id}-${recommendation.round}@gremium`,
          deadline,
          `Prüffrist endet: „${recommendation.title}“`,
          'Bis hierhin soll die Steuerungsgruppe über die Handlungsempfehlung entscheiden (R5).',
        ),
      ];
    });
  }
}
