import type { EntityManager } from '@mikro-orm/postgresql';
import { parseDuration } from '@gremium/platform';
import type { z } from 'zod';
import type { CommandDefinition, Labels, ProcessDefinition } from '@gremium/workflow';
import {
  coordinationOnly,
  groupInContext,
  groupInPayload,
  memberOf,
  moderatorOf,
  steeringMemberOnly,
} from '../../permissions/rules';
import { plausibleMeeting } from '../../meetings/meeting-checks';
import { rulesInForce } from '../../settings/rules-store';
import { steeringGroupOn } from '../../steering-group/steering-group.repository';
import { berlinDateOf } from '../../terms/calendar-date';
import { requireActiveGroup } from '../../working-groups/group-checks';
import { WorkingGroup } from '../../working-groups/working-group.entity';
import {
  notifyEscalation,
  notifyReturned,
  notifyVoters,
  projectRecommendation,
  remindAnswers,
} from './recommendation.effects';
import { Recommendation } from './recommendation.entity';
import { reasonPayload } from '../../shared/payload-schemas';
import {
  recommendationMachine,
  recommendationMachineV2,
  type AwaitingParams,
  type EscalationParams,
  type RecommendationContext,
  type ReminderParams,
} from './recommendation.machine';
import {
  answerPayload,
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

async function facts(em: EntityManager, now: Date, workingGroupId: string): Promise<RecommendationFacts> {
  // One after the other: inside the worker's transaction they share one connection.
  const composition = await steeringGroupOn(em, berlinDateOf(now));
  const rules = await rulesInForce(em, berlinDateOf(now));
  const group = await em.findOne(WorkingGroup, workingGroupId);
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
      permission: memberOf(groupInContext),
    },
    SUBMIT: {
      payload: submitPayload,
      label: { de: 'Der Steuerungsgruppe vorlegen', en: 'Submit to the steering group' },
      permission: moderatorOf(groupInContext),
      // Adopted by the group at one of its meetings, held since the draft was begun.
      check: plausibleMeeting('adoptedAtMeetingId', ({ instance }) =>
        instance ? { workingGroupId: String(instance.context.workingGroupId) } : null,
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
  startPermission: memberOf(groupInPayload),
  startCheck: ({ em, payload }) => requireActiveGroup(em, payload.workingGroupId),
  enrich: ({ em, now, instance, payload, type }) =>
    facts(
      em,
      now,
      instance?.context.workingGroupId ?? String(type === 'process.started' ? payload.workingGroupId : ''),
    ),
  subject: (context) => ({ type: 'recommendation', id: context.recommendationId }),
  actorNote: (context, actor) => {
    const vote = context.votes.find((cast) => cast.personId === actor.personId);
    return vote ? { code: 'voted', params: { vote: vote.vote } } : null;
  },
  effects: { notifyEscalation, remindAnswers, notifyVoters, notifyReturned },
  project: projectRecommendation,
  readModels: [{ entity: Recommendation }],
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
      permission: moderatorOf(groupInContext),
      final: true,
    },
  },
  migrateFrom: {
    version: 1,
    states: { draft: true, inReview: true, returned: true },
    context: (previous) => ({ ...previous, withdrawal: null }),
  },
};
