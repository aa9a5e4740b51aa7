import type { EffectContext, EffectHandler, EngineOps } from '@gremium/workflow';
import { User } from '../../identity/user.entity';
import { coordinationUsers, mailNow } from '../../notifications/mail-now';
import { Recommendation, type RecommendationState } from './recommendation.entity';
import type { Addressee } from './recommendation.schemas';
import { WorkingGroup } from '../../working-groups/working-group.entity';
import type {
  AwaitingParams,
  EscalationParams,
  RecommendationContext,
  ReminderParams,
} from './recommendation.machine';

const ADDRESSEE_LABELS: Record<Addressee, string> = {
  administration: 'Stadtverwaltung',
  council: 'Stadtrat',
};

function stateOf(value: unknown): RecommendationState {
  return (typeof value === 'string' ? value : Object.keys(value as object)[0]) as RecommendationState;
}

/** P4 → the recommendation row, after every transition. */
export async function projectRecommendation({
  em,
  instance,
  now,
}: EffectContext<RecommendationContext>): Promise<void> {
  const context = instance.context;
  const fields = {
    workingGroupId: context.workingGroupId,
    title: context.title,
    text: context.text,
    addressees: context.addressees,
    tags: context.tags,
    state: stateOf(instance.state),
    escalated: context.escalated,
    round: context.round,
    votes: context.votes,
    decision: context.decision,
    forwards: context.forwards,
    answers: context.answers,
    closedReason: context.closedReason,
    submittedAt: context.submittedAt === null ? null : new Date(context.submittedAt),
    processId: instance.id,
    updatedAt: now,
  };
  const existing = await em.findOne(Recommendation, context.recommendationId);
  if (existing) Object.assign(existing, fields);
  else em.create(Recommendation, { id: context.recommendationId, ...fields, createdAt: now });
}

async function notifyCoordination(
  ctx: EffectContext<RecommendationContext>,
  engine: EngineOps,
  kind: string,
  recommendationId: string,
  subject: string,
  message: string,
) {
  const coordination = await coordinationUsers(ctx.em);
  await engine.notify({
    kind,
    subjectType: 'recommendation',
    subjectId: recommendationId,
    message,
    recipient: { role: 'coordination' },
    email: { to: mailNow(coordination), subject, text: message },
  });
}

/** No decision within the review period: the coordination office is told, again every further period. */
export const notifyEscalation: EffectHandler<RecommendationContext, EscalationParams> = async (
  ctx,
  { recommendationId, title, escalations },
) => {
  const message =
    `Die Handlungsempfehlung „${title}“ wartet seit Ablauf der Prüffrist auf die Entscheidung der Steuerungsgruppe ` +
    `(${escalations}. Erinnerung). Bitte die Abstimmung abschließen oder einen Sitzungsbeschluss erfassen.`;
  await notifyCoordination(
    ctx,
    ctx.engine,
    'review-escalated',
    recommendationId,
    `Prüffrist überschritten: ${title}`,
    message,
  );
};

/** No answer within the answer period: one reminder per addressee still owing one. */
export const remindAnswers: EffectHandler<RecommendationContext, ReminderParams> = async (
  ctx,
  { recommendationId, title, addressees },
) => {
  for (const addressee of addressees) {
    const message =
      `Zur Handlungsempfehlung „${title}“ liegt noch keine Antwort der ${ADDRESSEE_LABELS[addressee]} vor. ` +
      'Bitte nachfragen oder die Empfehlung an den Stadtrat eskalieren.';
    await notifyCoordination(
      ctx,
      ctx.engine,
      'answer-reminder',
      recommendationId,
      `Antwort ausstehend (${ADDRESSEE_LABELS[addressee]}): ${title}`,
      message,
    );
  }
};

/** One notification (and e-mail) per account of the given people, addressed to that user. */
async function notifyPeople(
  ctx: EffectContext<RecommendationContext>,
  personIds: readonly string[],
  kind: string,
  recommendationId: string,
  subject: string,
  message: string,
): Promise<void> {
  if (personIds.length === 0) return;
  const users = await ctx.em.find(User, { personId: { $in: [...personIds] } }, { orderBy: { id: 'asc' } });
  for (const user of users) {
    await ctx.engine.notify({
      kind,
      subjectType: 'recommendation',
      subjectId: recommendationId,
      message,
      recipient: { userId: user.id },
      email: { to: mailNow([user]), subject, text: message },
    });
  }
}

/** A new round of sign-off: each steering member with a vote to cast is told (R5). */
export const notifyVoters: EffectHandler<RecommendationContext, AwaitingParams> = async (
  ctx,
  { recommendationId, title, personIds },
) => {
  const message =
    `Die Handlungsempfehlung „${title}“ liegt der Steuerungsgruppe zur Abstimmung vor. ` +
    'Bitte stimmen Sie im Gremium ab (zustimmen, ablehnen oder zur Überarbeitung zurückgeben).';
  await notifyPeople(ctx, personIds, 'vote-awaited', recommendationId, `Abstimmung: ${title}`, message);
};

/** The steering group returned the draft: the group's moderator is told, who may revise and resubmit it (R3). */
export const notifyReturned: EffectHandler<RecommendationContext, AwaitingParams> = async (
  ctx,
  { recommendationId, title, workingGroupId },
) => {
  const group = await ctx.em.findOne(WorkingGroup, workingGroupId);
  const message =
    `Die Steuerungsgruppe hat die Handlungsempfehlung „${title}“ zur Überarbeitung zurückgegeben. ` +
    'Sie kann bearbeitet und erneut vorgelegt werden.';
  await notifyPeople(
    ctx,
    group?.moderatorId ? [group.moderatorId] : [],
    'draft-returned',
    recommendationId,
    `Zurückgegeben: ${title}`,
    message,
  );
};
