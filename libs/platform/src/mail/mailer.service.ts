import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/** An iCalendar object (RFC 5545/5546) sent as the mail's text/calendar part, e.g. a meeting invitation. */
export interface MailCalendar {
  method: 'REQUEST' | 'CANCEL' | 'PUBLISH';
  filename: string;
  content: string;
}

export interface OutgoingMail {
  messageId: string;
  to: string[];
  subject: string;
  text: string;
  calendar?: MailCalendar;
}

/** SMTP via nodemailer (SMTP_URL, MAIL_FROM). */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly transport: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = createTransport(config.smtpUrl);
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transport.sendMail({
      from: this.config.mailFrom,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: mail.messageId,
      ...(mail.calendar ? { icalEvent: mail.calendar } : {}),
    });
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
