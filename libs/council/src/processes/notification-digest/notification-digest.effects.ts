import type { EntityManager } from '@mikro-orm/postgresql';
import { Notification, type EffectHandler } from '@gremium/workflow';
import { User } from '../../identity/user.entity';
import { formatGermanDate } from '../../shared/german-labels';
import type { DigestParams, NotificationDigestContext } from './notification-digest.machine';

export const DIGEST_KIND = 'daily-digest';
const DAY_MS = 86_400_000;

const berlinTime = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  dateStyle: 'medium',
  timeStyle: 'short',
});

/**
 * What a user has not read yet among the notifications that reached them since their last digest (the
 * first one: the last 24 hours); the digests themselves are not repeated.
 */
async function pendingFor(em: EntityManager, user: User, now: Date): Promise<Notification[]> {
  const last = await em.findOne(
    Notification,
    { kind: DIGEST_KIND, recipientId: user.id },
    { orderBy: { createdAt: 'desc' } },
  );
  const since = last?.createdAt ?? new Date(now.getTime() - DAY_MS);
  return em.find(
    Notification,
    {
      $or: [{ recipientId: user.id }, { recipientRole: { $in: [...user.roles] } }],
      kind: { $ne: DIGEST_KIND },
      createdAt: { $gt: since, $lte: now },
      reads: { $none: { userId: user.id } },
    },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
}

/** One digest per user who chose it and has something new: a notification of its own, mailed once. */
export const sendDigests: EffectHandler<NotificationDigestContext, DigestParams> = async (
  { em, engine, now },
  { date },
) => {
  const users = await em.find(User, { notificationDelivery: 'digest' }, { orderBy: { id: 'asc' } });
  for (const user of users) {
    const pending = await pendingFor(em, user, now);
    if (pending.length === 0) continue;
    const count =
      pending.length === 1 ? 'eine neue Benachrichtigung' : `${pending.length} neue Benachrichtigungen`;
    const message = `Tägliche Zusammenfassung vom ${formatGermanDate(date)}: ${count}.`;
    const lines = pending.map(
      (notification) => `• ${berlinTime.format(notification.createdAt)}: ${notification.message}`,
    );
    await engine.notify({
      kind: DIGEST_KIND,
      subjectType: 'user',
      subjectId: user.id,
      message,
      recipient: { userId: user.id },
      email: {
        to: [user.email],
        subject: `Gremium: ${count} (${formatGermanDate(date)})`,
        text: `${message}\n\n${lines.join('\n\n')}\n\nAlle Benachrichtigungen stehen im Gremium unter „Benachrichtigungen“.`,
      },
    });
  }
};
