import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EffectContext, EffectHandler, EngineOps } from '@gremium/workflow';
import { attachIn } from '../../files/files.service';
import { StoredFile } from '../../files/stored-file.entity';
import { User } from '../../identity/user.entity';
import { coordinationUsers, mailNow } from '../../notifications/mail-now';
import { formatGermanDate } from '../../shared/german-labels';
import { RecommendationVersion } from './recommendation-version.entity';
import { Recommendation, type RecommendationState } from './recommendation.entity';
import type { Addressee } from './recommendation.schemas';
import { WorkingGroup } from '../../working-groups/working-group.entity';
import type {
  AwaitingParams,
  EscalationParams,
  OverdueParams,
  RecommendationContext,
  ReminderParams,
} from './recommendation.machine';

const ADDRESSEE_LABELS: Record<Addressee, string> = {
  administration: 'Stadtverwaltung',
  council: 'Stadtrat',
};
/** "the answer of …": German declines the addressee (der Stadtverwaltung, des Stadtrats). */
const ADDRESSEE_OF: Record<Addressee, string> = {
  administration: 'der Stadtverwaltung',
  council: 'des Stadtrats',
};

function stateOf(value: unknown): RecommendationState {
  return (typeof value === 'string' ? value : Object.keys(value as object)[0]) as RecommendationState;
}

/** A new wording when the process starts and after every EDIT that changed it (numbered from 1). */
async function recordVersion(
  em: EntityManager,
  context: RecommendationContext,
  processId: string,
  editedById: string | null,
  now: Date,
): Promise<void> {
  const [latest] = await em.find(
    RecommendationVersion,
    { recommendationId: context.recommendationId },
    { orderBy: { number: 'desc' }, limit: 1 },
  );
  const wording = {
    title: context.title,
    text: context.text,
    addressees: context.addressees,
    tags: context.tags,
  };
  if (
    latest &&
    JSON.stringify([latest.title, latest.text, latest.addressees, latest.tags]) ===
      JSON.stringify([wording.title, wording.text, wording.addressees, wording.tags])
  )
    return;
  em.create(RecommendationVersion, {
    id: randomUUID(),
    recommendationId: context.recommendationId,
    number: (latest?.number ?? 0) + 1,
    ...wording,
    editedById,
    editedAt: now,
    processId,
  });
}

/** P4 → the recommendation row, after every transition; its wordings, and the document of an answer. */
export async function projectRecommendation({
  em,
  instance,
  event,
  now,
}: EffectContext<RecommendationContext>): Promise<void> {
  const user = event.actor.type === 'user' ? event.actor : null;
  if (event.type === 'process.started' || event.type === 'EDIT')
    await recordVersion(em, instance.context, instance.id, user?.personId ?? null, now);
  const fileId = event.type === 'RECORD_ANSWER' ? event.payload.fileId : undefined;
  if (typeof fileId === 'string' && user) {
    const file = await em.findOne(StoredFile, fileId);
    if (file) {
      const purpose = `answer:${String(event.payload.addressee)}`;
      await attachIn(
        em,
        user.userId,
        file,
        'recommendation',
        instance.context.recommendationId,
        purpose,
        now,
      );
    }
  }
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
      `Zur Handlungsempfehlung „${title}“ liegt noch keine Antwort ${ADDRESSEE_OF[addressee]} vor. ` +
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

/** Version 3: an answer's due date passed: one reminder per addressee, once. */
export const remindOverdue: EffectHandler<RecommendationContext, OverdueParams> = async (
  ctx,
  { recommendationId, title, overdue },
) => {
  for (const { addressee, dueOn } of overdue) {
    const message =
      `Die Antwort ${ADDRESSEE_OF[addressee]} zur Handlungsempfehlung „${title}“ war bis zum ` +
      `${formatGermanDate(dueOn)} fällig und liegt noch nicht vor. Bitte nachfragen oder die Empfehlung an den Stadtrat eskalieren.`;
    await notifyCoordination(
      ctx,
      ctx.engine,
      'answer-overdue',
      recommendationId,
      `Antwort überfällig (${ADDRESSEE_LABELS[addressee]}): ${title}`,
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
  const message =
    `Die Steuerungsgruppe hat die Handlungsempfehlung „${title}“ zur Überarbeitung zurückgegeben. ` +
    'Sie kann bearbeitet und erneut vorgelegt werden.';
  // The steering group's own recommendation: the coordination office drafted it.
  if (!workingGroupId) {
    await notifyCoordination(
      ctx,
      ctx.engine,
      'draft-returned',
      recommendationId,
      `Zurückgegeben: ${title}`,
      message,
    );
    return;
  }
  const group = await ctx.em.findOne(WorkingGroup, workingGroupId);
  await notifyPeople(
    ctx,
    group?.moderatorId ? [group.moderatorId] : [],
    'draft-returned',
    recommendationId,
    `Zurückgegeben: ${title}`,
    message,
  );
};
