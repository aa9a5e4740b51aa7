import type { EntityManager } from '@mikro-orm/postgresql';
import { parseDuration } from '@gremium/platform';
import type { z } from 'zod';
import {
  invalidField,
  type CommandDefinition,
  type Labels,
  type PermissionRule,
  type ProcessDefinition,
  type RuleContext,
} from '@gremium/workflow';
import { councilCoded } from '../../errors/council-errors';
import { fileReadableBy } from '../../files/files.service';
import { coordinationOnly, memberOf, moderatorOf, steeringMemberOnly } from '../../permissions/rules';
import { plausibleMeeting } from '../../meetings/meeting-checks';
import { rulesInForce } from '../../settings/rules-store';
import { steeringGroupOn } from '../../steering-group/steering-group.repository';
import { addDays, berlinDateOf } from '../../terms/calendar-date';
import { requireActiveGroup } from '../../working-groups/group-checks';
import { WorkingGroup } from '../../working-groups/working-group.entity';
import {
  notifyEscalation,
  notifyReturned,
  notifyVoters,
  projectRecommendation,
  remindAnswers,
  remindOverdue,
} from './recommendation.effects';
import { Recommendation } from './recommendation.entity';
import { RecommendationVersion } from './recommendation-version.entity';
import { reasonPayload } from '../../shared/payload-schemas';
import {
  recommendationMachine,
  recommendationMachineV2,
  recommendationMachineV3,
  type AwaitingParams,
  type EscalationParams,
  type OverdueParams,
  type RecommendationContext,
  type ReminderParams,
} from './recommendation.machine';
import {
  answerPayload,
  answerPayloadV3,
  forwardPayloadV3,
  recommendationInputV3,
  closePayload,
  editPayload,
  escalatePayload,
  forwardPayload,
  recommendationInput,
  signOffPayload,
  steeringDecisionPayload,
  submitPayload,
  type RecommendationCommands,
  type RecommendationFacts,
  type RecommendationInput,
} from './recommendation.schemas';
import { councilVocabulary } from '../../shared/vocabulary';

interface RecommendationTypes {
  input: RecommendationInput;
  context: RecommendationContext;
  facts: RecommendationFacts;
  commands: RecommendationCommands;
  effects: {
    notifyEscalation: EscalationParams;
    remindAnswers: ReminderParams;
    notifyVoters: AwaitingParams;
    notifyReturned: AwaitingParams;
  };
}

async function facts(
  em: EntityManager,
  now: Date,
  workingGroupId: string | null,
): Promise<RecommendationFacts> {
  // One after the other: inside the worker's transaction they share one connection.
  const composition = await steeringGroupOn(em, berlinDateOf(now));
  const rules = await rulesInForce(em, berlinDateOf(now));
  const group = workingGroupId ? await em.findOne(WorkingGroup, workingGroupId) : null;
  const memberIds = [...new Set(composition.seats.flatMap((seat) => (seat.personId ? [seat.personId] : [])))];
  return {
    steering: { memberIds, occupied: composition.occupied },
    moderatorId: group?.moderatorId ?? null,
    reviewPeriodMs: parseDuration(rules.reviewPeriod),
    answerPeriodMs: parseDuration(rules.answerPeriod),
  };
}

const coordinationCommand = <P extends Record<string, unknown>>(
  label: Labels,
  payload: z.ZodType<P>,
  final = false,
  check?: CommandDefinition<RecommendationContext, P>['check'],
): CommandDefinition<RecommendationContext, P> => ({
  payload,
  label,
  permission: coordinationOnly,
  final,
  check,
});

type Rule<P extends object> = PermissionRule<RecommendationContext, P>;
const groupOfInstance = ({ instance }: RuleContext<RecommendationContext, object>) =>
  instance?.context.workingGroupId ?? undefined;
/**
 * A working group's recommendation follows the group's rule; the steering group's own (no group) is
 * drafted and submitted by the coordination office.
 */
const groupOrOffice =
  <P extends object>(groupRule: Rule<P>): Rule<P> =>
  (ctx) =>
    ctx.instance?.context.workingGroupId ? groupRule(ctx) : coordinationOnly(ctx);
const groupMembers = groupOrOffice(memberOf(groupOfInstance));
const groupModerator = groupOrOffice(moderatorOf(groupOfInstance));

/** Starting one: a member of the group, or for the steering group's own the coordination office. */
const startPermission: PermissionRule<RecommendationContext, RecommendationInput> = (ctx) =>
  ctx.payload.workingGroupId
    ? memberOf<RecommendationContext, RecommendationInput>(
        ({ payload }) => payload.workingGroupId ?? undefined,
      )(ctx)
    : coordinationOnly(ctx);

export const recommendation: ProcessDefinition<RecommendationTypes> = {
  key: 'recommendation',
  version: 1,
  machine: recommendationMachine,
  input: recommendationInput,
  labels: { de: 'Handlungsempfehlung', en: 'Recommendation' },
  vocabulary: councilVocabulary,
  startForm: 'own',
  summary: ['title', 'workingGroupId', 'addressees', 'round', 'escalated'],
  stateLabels: {
    draft: { de: 'Entwurf', en: 'Draft' },
    inReview: { de: 'In Prüfung der Steuerungsgruppe', en: 'In review' },
    open: { de: 'Offen', en: 'Open' },
    returned: { de: 'Zurückgegeben', en: 'Returned' },
    endorsed: { de: 'Befürwortet', en: 'Endorsed' },
    forwarded: { de: 'Weitergeleitet', en: 'Forwarded' },
    waiting: { de: 'Antwort ausstehend', en: 'Awaiting answers' },
    answered: { de: 'Beantwortet', en: 'Answered' },
    rejected: { de: 'Abgelehnt', en: 'Rejected' },
    closed: { de: 'Abgeschlossen', en: 'Closed' },
  },
  commands: {
    EDIT: {
      payload: editPayload,
      label: { de: 'Entwurf bearbeiten', en: 'Edit the draft' },
      permission: groupMembers,
    },
    SUBMIT: {
      payload: submitPayload,
      label: { de: 'Der Steuerungsgruppe vorlegen', en: 'Submit to the steering group' },
      permission: groupModerator,
      // Adopted by the group (or, for its own, the steering group) at a meeting held since the draft was begun.
      check: plausibleMeeting('adoptedAtMeetingId', ({ instance }) =>
        instance
          ? instance.context.workingGroupId
            ? { workingGroupId: instance.context.workingGroupId }
            : 'steering'
          : null,
      ),
    },
    SIGN_OFF: {
      payload: signOffPayload,
      label: { de: 'Abstimmen', en: 'Sign off' },
      permission: steeringMemberOnly,
    },
    STEERING_DECISION: coordinationCommand(
      {
        de: 'Sitzungsbeschluss der Steuerungsgruppe erfassen',
        en: 'Record the steering group’s meeting decision',
      },
      steeringDecisionPayload,
      true,
      // Decided at a steering meeting held since the draft was submitted.
      plausibleMeeting('meetingId', 'steering', ({ instance }) =>
        typeof instance?.context.submittedAt === 'number' ? instance.context.submittedAt : null,
      ),
    ),
    FORWARD: coordinationCommand(
      { de: 'Weiterleitung erfassen', en: 'Record the forwarding' },
      forwardPayload,
    ),
    RECORD_ANSWER: coordinationCommand({ de: 'Antwort erfassen', en: 'Record an answer' }, answerPayload),
    ESCALATE_TO_COUNCIL: coordinationCommand(
      { de: 'An den Stadtrat eskalieren', en: 'Escalate to the city council' },
      escalatePayload,
    ),
    CLOSE: coordinationCommand({ de: 'Abschließen', en: 'Close' }, closePayload, true),
  },
  startPermission,
  startCheck: async ({ em, payload }) =>
    payload.workingGroupId ? requireActiveGroup(em, payload.workingGroupId) : null,
  enrich: ({ em, now, instance, payload, type }) =>
    facts(
      em,
      now,
      instance
        ? instance.context.workingGroupId
        : type === 'process.started' && typeof payload.workingGroupId === 'string'
          ? payload.workingGroupId
          : null,
    ),
  subject: (context) => ({ type: 'recommendation', id: context.recommendationId }),
  actorNote: (context, actor) => {
    const vote = context.votes.find((cast) => cast.personId === actor.personId);
    return vote ? { code: 'voted', params: { vote: vote.vote } } : null;
  },
  effects: { notifyEscalation, remindAnswers, notifyVoters, notifyReturned },
  project: projectRecommendation,
  readModels: [{ entity: Recommendation }, { entity: RecommendationVersion }],
};

interface RecommendationTypesV2 extends RecommendationTypes {
  commands: RecommendationCommands & { WITHDRAW: z.infer<typeof reasonPayload> };
}

/**
 * Version 2: the group's moderator may withdraw a draft or a returned recommendation (→ withdrawn, final).
 * Running instances in draft, review or returned move over (their votes and the review's escalation timer
 * stay); those already with the city (endorsed and after) finish on version 1.
 */
export const recommendationV2: ProcessDefinition<RecommendationTypesV2> = {
  ...recommendation,
  version: 2,
  machine: recommendationMachineV2,
  stateLabels: { ...recommendation.stateLabels, withdrawn: { de: 'Zurückgezogen', en: 'Withdrawn' } },
  commands: {
    ...recommendation.commands,
    WITHDRAW: {
      payload: reasonPayload,
      label: { de: 'Empfehlung zurückziehen', en: 'Withdraw the recommendation' },
      permission: groupModerator,
      final: true,
    },
  },
  migrateFrom: {
    version: 1,
    states: { draft: true, inReview: true, returned: true },
    context: (previous) => ({ ...previous, withdrawal: null }),
  },
};

interface RecommendationTypesV3 extends RecommendationTypesV2 {
  commands: RecommendationTypesV2['commands'] & {
    FORWARD: z.infer<typeof forwardPayloadV3>;
    RECORD_ANSWER: z.infer<typeof answerPayloadV3>;
  };
  effects: RecommendationTypes['effects'] & { remindOverdue: OverdueParams };
}

/** The answer's document must be a file the recording user may use (their upload, or one already attached). */
const answerFileUsable: PermissionRule<RecommendationContext, { fileId?: string }> = async ({
  em,
  actor,
  payload,
}) =>
  !payload.fileId || (await fileReadableBy(em, actor, payload.fileId))
    ? null
    : invalidField('payload.fileId', councilCoded('file.unknown'));

const DAY_MS = 86_400_000;

/**
 * Version 3 (issue 13): the steering group's own recommendation (no working group, drafted and submitted
 * by the coordination office); a due date per forwarding (`answerDueOn`, by default the forwarding date
 * plus the answer period) with one reminder to the coordination office when it passes unanswered; an
 * answer may carry a document. Running instances up to `endorsed` move over (their forwards get due dates);
 * those already forwarded or later finish on version 2.
 */
export const recommendationV3: ProcessDefinition<RecommendationTypesV3> = {
  ...recommendationV2,
  version: 3,
  machine: recommendationMachineV3,
  input: recommendationInputV3,
  commands: {
    ...recommendationV2.commands,
    FORWARD: coordinationCommand(
      { de: 'Weiterleitung erfassen', en: 'Record the forwarding' },
      forwardPayloadV3,
    ),
    RECORD_ANSWER: {
      ...coordinationCommand({ de: 'Antwort erfassen', en: 'Record an answer' }, answerPayloadV3),
      check: answerFileUsable,
    },
  },
  effects: { notifyEscalation, remindAnswers, notifyVoters, notifyReturned, remindOverdue },
  migrateFrom: {
    version: 2,
    states: { draft: true, inReview: true, returned: true, endorsed: true },
    context: (previous) => ({
      ...previous,
      forwards: previous.forwards.map((forward) => ({
        ...forward,
        dueOn: addDays(forward.date, Math.round(previous.answerPeriodMs / DAY_MS)),
        remindedAt: null,
      })),
    }),
  },
};
