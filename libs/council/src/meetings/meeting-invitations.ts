import type { EntityManager } from '@mikro-orm/postgresql';
import { Notification, personIdsIn, personRef, type EffectHandler } from '@gremium/workflow';
import { User } from '../identity/user.entity';
import { Person } from '../people/person.entity';
import { BODY_LABELS, germanPeriod } from '../shared/german-labels';
import { berlinDateOf } from '../terms/calendar-date';
import { WorkingGroup } from '../working-groups/working-group.entity';
import { AgendaItem } from './agenda-item.entity';
import { inviteesOf } from './invitees';
import { buildCalendar, type CalendarEvent } from './meeting-ical';
import { agendaOf } from './agenda';
import type { InvitationParams, MeetingContext } from '../processes/meeting/meeting.machine';
import { icalUidOf, type Meeting, type MeetingBody } from './meeting.entity';

export type InvitationReason = InvitationParams['reason'];

/** What the invitation says about the meeting (taken from the process context: already moved or cancelled). */
export interface MeetingFacts {
  meetingId: string;
  body: MeetingBody;
  workingGroupId: string | null;
  title: string;
  start: Date;
  end: Date;
  location: string;
  onlineUrl: string | null;
  sequence: number;
  cancelReason: string | null;
}

export const INVITATION_KINDS: Record<InvitationReason, string> = {
  invitation: 'meeting-invitation',
  update: 'meeting-update',
  cancellation: 'meeting-cancellation',
};

const SUBJECT_PREFIX: Record<InvitationReason, string> = {
  invitation: 'Einladung',
  update: 'Geänderte Einladung',
  cancellation: 'Absage',
};

/** The coordination office organises (ORGANIZER of the iTIP message): its first account with an e-mail. */
export async function organizerOf(em: EntityManager): Promise<{ name: string; email: string } | null> {
  const users = await em.find(User, {}, { orderBy: { createdAt: 'asc', id: 'asc' } });
  const office = users.find((user) => user.roles.includes('coordination'));
  return office ? { name: 'Koordinierungsstelle des Präventionsrats', email: office.email } : null;
}

/** The agenda as the invitation lists it: accepted items in order. */
export async function agendaTitles(em: EntityManager, meetingId: string): Promise<string[]> {
  const items = await em.find(AgendaItem, { meetingId }, { orderBy: { position: 'asc', createdAt: 'asc' } });
  return items.filter((item) => item.status === 'accepted').map((item) => item.title);
}

export async function bodyName(em: EntityManager, facts: Pick<MeetingFacts, 'body' | 'workingGroupId'>) {
  if (facts.body !== 'working-group' || !facts.workingGroupId) return BODY_LABELS[facts.body];
  const group = await em.findOne(WorkingGroup, facts.workingGroupId);
  return `Arbeitsgruppe „${group?.name ?? '?'}“`;
}

/** The meeting as one VEVENT (for invitations, the invitation.ics download and the calendar feed). */
export function meetingEvent(
  facts: MeetingFacts,
  agenda: readonly string[],
  extra: Pick<CalendarEvent, 'organizer' | 'attendees' | 'cancelled'> = {},
): CalendarEvent {
  const lines = agenda.map((title, index) => `TOP ${index + 1}: ${title}`);
  return {
    uid: icalUidOf(facts.meetingId),
    sequence: facts.sequence,
    start: facts.start,
    end: facts.end,
    summary: facts.title,
    description: lines.length ? `Tagesordnung:\n${lines.join('\n')}` : undefined,
    location: facts.location,
    url: facts.onlineUrl,
    ...extra,
  };
}

function mailText(
  reason: InvitationReason,
  name: string,
  facts: MeetingFacts,
  body: string,
  agenda: readonly string[],
): string {
  const when = germanPeriod(facts.start, facts.end);
  const opening = {
    invitation: `hiermit laden wir Sie zur Sitzung „${facts.title}“ (${body}) ein.`,
    update: `die Sitzung „${facts.title}“ (${body}) wurde geändert. Es gilt der folgende Termin.`,
    cancellation: `die Sitzung „${facts.title}“ (${body}) am ${when} wurde abgesagt.`,
  }[reason];
  const lines = [`Guten Tag ${name},`, '', opening, ''];
  if (reason === 'cancellation') {
    if (facts.cancelReason) lines.push(`Grund: ${facts.cancelReason}`, '');
    lines.push('Der Kalendereintrag im Anhang entfernt den Termin aus Ihrem Kalender.');
  } else {
    lines.push(`Termin: ${when}`, `Ort: ${facts.location}`);
    if (facts.onlineUrl) lines.push(`Online: ${facts.onlineUrl}`);
    lines.push('', 'Tagesordnung:');
    if (agenda.length === 0) lines.push('(noch keine Tagesordnungspunkte)');
    agenda.forEach((title, index) => lines.push(`TOP ${index + 1}: ${title}`));
    lines.push('', 'Der Termin liegt als Kalendereintrag (iCalendar) bei.');
  }
  lines.push('', 'Mit freundlichen Grüßen', 'Koordinierungsstelle des Präventionsrats');
  return lines.join('\n');
}

/**
 * INVITE, RESCHEDULE (once invited) and CANCEL (once invited): one notification per invitee, each with its
 * own e-mail carrying the iCalendar message, sent through the outbox and the mail queue like every alert
 * (once; a killed worker or an emptied Redis loses none).
 */
export const sendInvitations: EffectHandler<MeetingContext, InvitationParams> = async (
  { em, instance, engine },
  { method, reason },
) => {
  const context = instance.context;
  const facts: MeetingFacts = {
    meetingId: context.meetingId,
    body: context.body,
    workingGroupId: context.workingGroupId,
    title: context.title,
    start: new Date(context.start),
    end: new Date(context.end),
    location: context.location,
    onlineUrl: context.onlineUrl,
    sequence: context.sequence,
    cancelReason: context.cancelReason,
  };
  await em.flush();
  const agenda = await agendaTitles(em, facts.meetingId);
  const body = await bodyName(em, facts);
  const organizer = await organizerOf(em);
  const inviteeIds = await inviteesOf(em, { ...facts, date: berlinDateOf(facts.start) });
  const people = inviteeIds.length
    ? await em.find(Person, { id: { $in: inviteeIds } }, { orderBy: { name: 'asc', id: 'asc' } })
    : [];
  const accounts = new Map(
    (people.length ? await em.find(User, { personId: { $in: people.map((p) => p.id) } }) : []).map((user) => [
      user.personId,
      user.id,
    ]),
  );
  const subject = `${SUBJECT_PREFIX[reason]}: ${facts.title} am ${germanPeriod(facts.start, facts.end)}`;
  for (const person of people) {
    // Stored texts name people by reference; the mailer puts the current name in when it sends.
    const name = personRef(person.id);
    const attendee = person.email ? [{ name, email: person.email }] : [];
    const userId = accounts.get(person.id);
    const content = buildCalendar(method, facts.title, [
      meetingEvent(facts, agenda, { organizer, attendees: attendee, cancelled: method === 'CANCEL' }),
    ]);
    await engine.notify({
      kind: INVITATION_KINDS[reason],
      subjectType: 'meeting',
      subjectId: facts.meetingId,
      message: `${SUBJECT_PREFIX[reason]} an ${name}: „${facts.title}“ (${body}), ${germanPeriod(facts.start, facts.end)}`,
      // The invitee's own inbox; an invitee without an account is the coordination office's business.
      recipient: userId ? { userId } : { role: 'coordination' },
      email: person.email
        ? {
            to: [person.email],
            subject,
            text: mailText(reason, name, facts, body, agenda),
            calendar: { method, filename: 'einladung.ics', content },
          }
        : undefined,
    });
  }
};

/** Each invitee's latest invitation message and whether its e-mail went out (the meeting page shows it). */
export async function invitationStatus(em: EntityManager, meetingId: string) {
  const notifications = await em.find(
    Notification,
    { subjectType: 'meeting', subjectId: meetingId, kind: { $in: Object.values(INVITATION_KINDS) } },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  const latest = new Map<string, Notification>();
  for (const notification of notifications) {
    const [personId] = personIdsIn(notification.message);
    if (personId) latest.set(personId, notification);
  }
  return [...latest.entries()].map(([personId, notification]) => ({
    personId,
    kind: notification.kind,
    sentAt: notification.createdAt,
    email: notification.email !== null,
    mailedAt: notification.mailedAt,
  }));
}

/** GET /api/meetings/:id/invitation.ics: the meeting as its invitees' calendars know it now. */
export async function invitationCalendar(em: EntityManager, meeting: Meeting): Promise<string> {
  const facts: MeetingFacts = {
    meetingId: meeting.id,
    body: meeting.body,
    workingGroupId: meeting.workingGroupId,
    title: meeting.title,
    start: meeting.start,
    end: meeting.end,
    location: meeting.location,
    onlineUrl: meeting.onlineUrl,
    sequence: meeting.sequence,
    cancelReason: meeting.cancelReason,
  };
  const agenda = (await agendaOf(em, meeting))
    .filter((item) => item.status === 'accepted')
    .map((i) => i.title);
  const cancelled = meeting.state === 'cancelled';
  return buildCalendar(cancelled ? 'CANCEL' : 'REQUEST', meeting.title, [
    meetingEvent(facts, agenda, { organizer: await organizerOf(em), cancelled }),
  ]);
}
