import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock, NotFoundError, Notification, NotificationRead, WorkflowError } from '@gremium/workflow';
import { Appointment } from '../processes/seat-appointment/appointment.entity';
import { LoginAttempt, loginEmailHash } from '../identity/login-attempt.entity';
import { forgetSessions } from '../identity/session-cache';
import { Session } from '../identity/session.entity';
import { User } from '../identity/user.entity';
import { Membership } from '../memberships/membership.entity';
import { AgendaItem } from '../meetings/agenda-item.entity';
import { Person } from '../people/person.entity';
import { appendRecordChange, snapshot } from '../records/record-chain';
import type { Editor } from '../records/record-writer';
import { steeringGroupOn } from '../steering-group/steering-group.repository';
import { berlinDateOf } from '../terms/calendar-date';
import { WorkingGroup } from '../working-groups/working-group.entity';

export const PSEUDONYM_PREFIX = 'Gelöschte Person';

/** What keeps a person from being erased: a seat or membership in force now or later. */
export interface ErasureBlocker {
  kind: 'steering-seat' | 'appointment' | 'membership';
  id: string | null;
  description: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * DSGVO Art. 17: the coordination office erases a person who holds no current (or coming) seat or
 * membership. Name, e-mail and phone become a pseudonym, their accounts and sessions go, texts that quoted
 * them are redacted. Dates of past memberships and terms stay (the council's history); audit events hold
 * only ids, so every hash chain stays valid.
 */
@Injectable()
export class PersonErasure {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async erase(personId: string, by: Editor): Promise<Person> {
    const erased = await this.em.fork().transactional(async (em) => {
      const person = await em.findOne(Person, personId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!person) throw new NotFoundError('person', personId);
      if (person.erasedAt) return person;
      await this.clock.refresh(em);
      const blockers = await this.blockers(em, personId, berlinDateOf(this.clock.now()));
      if (blockers.length > 0) {
        throw new WorkflowError(
          'CONFLICT',
          `${person.name} still holds ${blockers.map((b) => b.description).join('; ')}: end these first`,
          { code: 'PERSON_HAS_ROLES', blockers },
        );
      }
      const users = await em.find(User, { personId });
      const quoted = [
        person.name,
        [person.givenName, person.familyName].filter(Boolean).join(' '),
        person.email,
        ...users.map((user) => user.email),
      ].filter((text): text is string => Boolean(text && text.trim().length >= 3));
      const emails = [person.email, ...users.map((user) => user.email)].filter((e): e is string =>
        Boolean(e),
      );

      const [{ n }] = await em.execute<{ n: string }[]>(`select nextval('person_pseudonym_seq') as n`);
      const pseudonym = `${PSEUDONYM_PREFIX} ${n}`;
      const now = this.clock.now();
      const before = snapshot(person);
      em.assign(person, {
        name: pseudonym,
        givenName: null,
        familyName: null,
        email: null,
        phone: null,
        erasedAt: now,
        publicProfile: false,
        publicProfileConsentOn: null,
        publicProfileChangedAt: person.publicProfile ? now : person.publicProfileChangedAt,
        updatedAt: now,
      });

      const userIds = users.map((user) => user.id);
      if (userIds.length > 0) {
        await em.nativeDelete(NotificationRead, { userId: { $in: userIds } });
        await em.nativeDelete(Notification, { recipientId: { $in: userIds } });
        await em.nativeDelete(Session, { userId: { $in: userIds } });
        await em.nativeDelete(User, { id: { $in: userIds } });
      }
      if (emails.length > 0) {
        await em.nativeDelete(LoginAttempt, { emailHash: { $in: emails.map(loginEmailHash) } });
      }
      await this.redactNotifications(em, quoted, emails, pseudonym);
      await this.redactAgendas(em, quoted, pseudonym);
      await em.flush();
      // The record of change says which fields were erased, never their values.
      await appendRecordChange(em, {
        kind: 'person',
        subjectId: person.id,
        action: 'erased',
        actorId: by.userId,
        at: now,
        before,
        after: snapshot(person),
      });
      for (const user of users) {
        await appendRecordChange(em, {
          kind: 'user',
          subjectId: user.id,
          action: 'erased',
          actorId: by.userId,
          at: now,
          before: snapshot(user),
          after: null,
        });
      }
      return person;
    });
    forgetSessions(this.em);
    return erased;
  }

  async blockers(em: EntityManager, personId: string, today: string): Promise<ErasureBlocker[]> {
    const composition = await steeringGroupOn(em, today);
    const seats = composition.seats.filter((seat) => seat.personId === personId);
    const coming = await em.find(Appointment, { personId, status: { $in: ['nominated', 'appointed'] } });
    const memberships = await em.find(Membership, { personId, $or: [{ to: null }, { to: { $gte: today } }] });
    const groupIds = memberships.flatMap((m) => (m.workingGroupId ? [m.workingGroupId] : []));
    const groups = groupIds.length > 0 ? await em.find(WorkingGroup, { id: { $in: groupIds } }) : [];
    const groupName = (id: string | null) => groups.find((group) => group.id === id)?.name ?? 'Arbeitsgruppe';
    return [
      ...seats.map((seat) => ({
        kind: 'steering-seat' as const,
        id: seat.appointmentId ?? seat.workingGroupId ?? null,
        description: `the steering group seat ${seat.workingGroupName ?? seat.kind}`,
      })),
      ...coming.map((appointment) => ({
        kind: 'appointment' as const,
        id: appointment.id,
        description: `the coming appointment to the seat ${appointment.seat}`,
      })),
      ...memberships.map((membership) => ({
        kind: 'membership' as const,
        id: membership.id,
        description:
          membership.body === 'plenary'
            ? `a membership of the plenary from ${membership.from}`
            : `a membership of ${groupName(membership.workingGroupId)} from ${membership.from}`,
      })),
    ];
  }

  /** Notifications (and their stored e-mails) that quoted the person: the quotes become the pseudonym. */
  private async redactNotifications(
    em: EntityManager,
    quoted: string[],
    emails: string[],
    pseudonym: string,
  ): Promise<void> {
    if (quoted.length === 0) return;
    const patterns = quoted.map((text) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const rows = await em.execute<{ id: string }[]>(
      `select id from notification where message ilike any(array[?]) or email::text ilike any(array[?])`,
      [patterns, patterns],
    );
    if (rows.length === 0) return;
    const candidates = await em.find(Notification, { id: { $in: rows.map((row) => row.id) } });
    const matcher = new RegExp(quoted.map(escapeRegExp).join('|'), 'gi');
    const redact = (text: string) => text.replace(matcher, pseudonym);
    const dropped = new Set(emails.map((e) => e.toLowerCase()));
    for (const notification of candidates) {
      notification.message = redact(notification.message);
      if (notification.email) {
        notification.email = {
          to: notification.email.to.filter((address) => !dropped.has(address.toLowerCase())),
          subject: redact(notification.email.subject),
          text: redact(notification.email.text),
        };
      }
    }
  }

  /** Stored agenda items that named the person (an appointment's title): the name becomes the pseudonym. */
  private async redactAgendas(em: EntityManager, quoted: string[], pseudonym: string): Promise<void> {
    if (quoted.length === 0) return;
    const patterns = quoted.map((text) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const rows = await em.execute<{ id: string }[]>(
      `select id from agenda_item where title ilike any(array[?])`,
      [patterns],
    );
    if (rows.length === 0) return;
    const items = await em.find(AgendaItem, { id: { $in: rows.map((row) => row.id) } });
    const matcher = new RegExp(quoted.map(escapeRegExp).join('|'), 'gi');
    for (const item of items) item.title = item.title.replace(matcher, pseudonym);
  }
}
