import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Mailer } from '@gremium/platform';
import { Notification } from '../entities/notification.entity';

/**
 * Sends a notification's e-mail once it is committed. SMTP cannot be exactly-once: a crash between
 * sending and marking sends it again, with the same Message-ID, so the duplicate is recognisable.
 */
@Injectable()
export class NotificationMailer {
  constructor(
    private readonly em: EntityManager,
    private readonly mailer: Mailer,
  ) {}

  async send(notificationId: string): Promise<void> {
    const em = this.em.fork();
    const notification = await em.findOne(Notification, notificationId);
    if (!notification?.email || notification.mailedAt) return;
    await this.mailer.send({
      messageId: `<${notification.id}@gremium>`,
      to: notification.email.to,
      subject: notification.email.subject,
      text: notification.email.text,
    });
    notification.mailedAt = new Date();
    await em.flush();
  }
}
