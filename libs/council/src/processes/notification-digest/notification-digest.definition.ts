import { conflict, forbidden, ProcessInstance, type ProcessDefinition } from '@gremium/workflow';
import { councilCoded } from '../../errors/council-errors';
import { withVocabulary } from '../../shared/vocabulary';
import { sendDigests } from './notification-digest.effects';
import {
  notificationDigestMachine,
  type DigestParams,
  type NotificationDigestContext,
} from './notification-digest.machine';
import { notificationDigestInput, type NotificationDigestInput } from './notification-digest.schemas';

interface NotificationDigestTypes {
  input: NotificationDigestInput;
  context: NotificationDigestContext;
  facts: Record<string, never>;
  commands: Record<string, never>;
  effects: { sendDigests: DigestParams };
}

/** The daily digest of notifications (api.md "People and privacy"), for the users who chose it. */
export const notificationDigest: ProcessDefinition<NotificationDigestTypes> = {
  key: 'notification-digest',
  version: 1,
  machine: notificationDigestMachine,
  input: notificationDigestInput,
  labels: { de: 'Tägliche Zusammenfassung', en: 'Daily digest' },
  description: {
    de: 'Einmal am Tag: die neuen Benachrichtigungen als eine E-Mail, für alle, die das gewählt haben.',
    en: 'Once a day: the new notifications as one e-mail, for everyone who chose that.',
  },
  vocabulary: withVocabulary({ fields: { date: { de: 'Tag', en: 'Day' } } }),
  stateLabels: { sent: { de: 'Versandt', en: 'Sent' } },
  commands: {},
  // Only the schedule starts it: one digest a day, never by hand.
  startPermission: async () => forbidden(councilCoded('digest.schedule_only')),
  startCheck: async ({ em, payload: { date } }) =>
    (await em.count(ProcessInstance, { definitionKey: 'notification-digest', context: { date } }))
      ? conflict(councilCoded('digest.exists', { date }))
      : null,
  schedule: {
    rrule: 'FREQ=DAILY;BYHOUR=7',
    tz: 'Europe/Berlin',
    input: (occurrence) => ({ date: occurrence.date }),
  },
  effects: { sendDigests },
};
