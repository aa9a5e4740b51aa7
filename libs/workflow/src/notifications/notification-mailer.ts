import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Mailer } from '@gremium/platform';
import { Notification } from '../entities/notification.entity';
import { PERSON_NAMES, personIdsIn, resolvePersonRefs, type PersonNames } from './person-refs';

/** How long a sent mail's record is retried while PostgreSQL is away, instead of sending it again. */
const RECORD_PATIENCE_MS = 60_000;
const RECORD_RETRY_MS = 500;

/**
 * Sends a notification's e-mail once it is committed. SMTP cannot be exactly-once: a worker killed between
 * the server's answer and the record sends it again, with the same Message-ID, so the duplicate is
 * recognisable. A record that fails because the database went away is retried rather than the mail sent
 * again. No transaction stays open while the SMTP server answers: a killed worker must not leave a lock.
 */
@Injectable()
export class NotificationMailer {
  constructor(
    private readonly em: EntityManager,
    private readonly mailer: Mailer,
    @Inject(PERSON_NAMES) private readonly people: PersonNames,
  ) {}

  async send(notificationId: string): Promise<void> {
    const em = this.em.fork();
    const notification = await em.findOne(Notification, notificationId);
    if (!notification?.email || notification.mailedAt) return;
    const { subject, text, to, calendar } = notification.email;
    // The stored text names people by id; the mail carries their names as they are now.
    const names = await this.people.namesOf(em, personIdsIn(subject, text, calendar?.content ?? ''));
    await this.mailer.send({
      messageId: `<${notification.id}@gremium>`,
      to,
      subject: resolvePersonRefs(subject, names),
      text: resolvePersonRefs(text, names),
      ...(calendar ? { calendar: { ...calendar, content: resolvePersonRefs(calendar.content, names) } } : {}),
    });
    await this.recordSent(notification.id, new Date());
  }

  private async recordSent(notificationId: string, sentAt: Date): Promise<void> {
    const giveUpAt = Date.now() + RECORD_PATIENCE_MS;
    for (;;) {
      try {
        await this.em
          .fork()
          .nativeUpdate(Notification, { id: notificationId, mailedAt: null }, { mailedAt: sentAt });
        return;
      } catch (error) {
        if (Date.now() > giveUpAt) throw error;
        await sleep(RECORD_RETRY_MS);
      }
    }
  }
}
