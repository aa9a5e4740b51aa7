import type { EntityManager } from '@mikro-orm/postgresql';
import type { Notification } from '@gremium/workflow';
import { User } from '../identity/user.entity';
import { Appointment, type AppointmentStatus } from '../processes/seat-appointment/appointment.entity';
import { Recommendation } from '../processes/recommendation/recommendation.entity';

/** Why a notification no longer asks for anything: its subject has moved on (gremium.notifications.done.*). */
export type DoneReason =
  'successor_appointed' | 'term_over' | 'decided' | 'voted' | 'answered' | 'closed' | 'resubmitted';

const IN_OFFICE_OR_LATER: readonly AppointmentStatus[] = [
  'appointed',
  'active',
  'expiring',
  'expired',
  'succeeded',
  'ended',
];
const TERM_OVER: readonly AppointmentStatus[] = ['succeeded', 'expired', 'ended', 'cancelled'];
const ANSWER_OPEN = new Set(['endorsed', 'forwarded']);

/** A term alert is done once a successor is appointed (linked, or a later term of the seat) or the term is over. */
async function termAlerts(em: EntityManager, alerts: Notification[]): Promise<Map<string, DoneReason>> {
  const done = new Map<string, DoneReason>();
  if (alerts.length === 0) return done;
  const terms = await em.find(Appointment, { id: { $in: [...new Set(alerts.map((n) => n.subjectId))] } });
  const later = await em.find(Appointment, {
    seat: { $in: [...new Set(terms.map((term) => term.seat))] },
    status: { $in: [...IN_OFFICE_OR_LATER] },
  });
  const byId = new Map(terms.map((term) => [term.id, term]));
  for (const alert of alerts) {
    const term = byId.get(alert.subjectId);
    if (!term) continue;
    const successor = later.some(
      (other) =>
        other.id !== term.id &&
        (other.id === term.successorId ||
          (other.predecessorId === null &&
            term.termStart !== null &&
            other.termStart !== null &&
            other.termStart > term.termStart)),
    );
    if (successor) done.set(alert.id, 'successor_appointed');
    else if (TERM_OVER.includes(term.status)) done.set(alert.id, 'term_over');
  }
  return done;
}

/** Review, vote, answer and return notices are done when the recommendation has left the state they were about. */
async function recommendationNotices(
  em: EntityManager,
  notices: Notification[],
): Promise<Map<string, DoneReason>> {
  const done = new Map<string, DoneReason>();
  if (notices.length === 0) return done;
  const recommendations = new Map(
    (await em.find(Recommendation, { id: { $in: [...new Set(notices.map((n) => n.subjectId))] } })).map(
      (recommendation) => [recommendation.id, recommendation],
    ),
  );
  const recipients = notices.flatMap((n) => (n.recipientId ? [n.recipientId] : []));
  const personOf = new Map(
    recipients.length === 0
      ? []
      : (await em.find(User, { id: { $in: [...new Set(recipients)] } })).map((user) => [
          user.id,
          user.personId,
        ]),
  );
  for (const notice of notices) {
    const recommendation = recommendations.get(notice.subjectId);
    if (!recommendation) continue;
    const { state } = recommendation;
    switch (notice.kind) {
      case 'review-escalated':
        if (state !== 'inReview') done.set(notice.id, 'decided');
        break;
      case 'vote-awaited': {
        const personId = notice.recipientId ? personOf.get(notice.recipientId) : undefined;
        if (state !== 'inReview') done.set(notice.id, 'decided');
        else if (personId && recommendation.votes.some((vote) => vote.personId === personId))
          done.set(notice.id, 'voted');
        break;
      }
      case 'answer-reminder':
        if (state === 'answered') done.set(notice.id, 'answered');
        else if (!ANSWER_OPEN.has(state)) done.set(notice.id, 'closed');
        break;
      case 'draft-returned':
        if (state !== 'returned') done.set(notice.id, 'resubmitted');
        break;
    }
  }
  return done;
}

/**
 * For each notification whose subject has moved on since it was sent, why it is done — derived from the
 * subject as it is now (never stored, so it cannot go stale itself).
 */
export async function doneReasons(
  em: EntityManager,
  notifications: Notification[],
): Promise<Map<string, DoneReason>> {
  // One after the other: a forked manager's queries share one connection.
  const terms = await termAlerts(
    em,
    notifications.filter((n) => n.kind === 'term-expiry-alert' && n.subjectType === 'appointment'),
  );
  const recommendations = await recommendationNotices(
    em,
    notifications.filter((n) => n.subjectType === 'recommendation'),
  );
  return new Map([...terms, ...recommendations]);
}
