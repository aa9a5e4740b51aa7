import { z } from 'zod';
import { assign, setup } from 'xstate';
import {
  effect,
  type CommandDefinition,
  type EffectHandler,
  type EngineEvent,
  type Labels,
  type ProcessDefinition,
} from '@gremium/workflow';
import { meetingInPayload } from '../meetings/meeting-checks';
import { coordinationOnly } from '../permissions/rules';
import { bodyDecision, reasonPayload, type VoteCounts } from './payload-schemas';
import { councilVocabulary } from './vocabulary';

export const steeringDecision = bodyDecision(['granted', 'refused'] as const);
export const plenaryDecision = bodyDecision(['adopted', 'rejected'] as const);

export interface RecordedDecision {
  decision: string;
  meetingId: string | null;
  votes: VoteCounts | null;
  note: string | null;
  at: number;
  byPersonId: string | null;
}

export interface ConsentContext {
  steering: RecordedDecision | null;
  plenary: RecordedDecision | null;
  withdrawal: { reason: string; at: number } | null;
}

function recorded(event: EngineEvent): RecordedDecision {
  const payload = event.payload as z.infer<typeof steeringDecision>;
  return {
    decision: payload.decision,
    meetingId: payload.meetingId ?? null,
    votes: payload.votes ?? null,
    note: payload.note ?? null,
    at: event.now,
    byPersonId: event.actor.type === 'user' ? event.actor.personId : null,
  };
}

/** The instant the second consent was recorded: when the outcome took effect. */
export function consentedAt(context: ConsentContext): number {
  return Math.max(context.steering?.at ?? 0, context.plenary?.at ?? 0);
}

const decisionIs =
  (value: string) =>
  ({ event }: { event: EngineEvent }) =>
    event.payload.decision === value;

/**
 * R8: the plenary decides "im Einvernehmen" with the steering group. Two independent consent regions,
 * recorded in either order; both positive → the outcome state (its `applyOutcome` effect), either
 * negative → rejected, WITHDRAW while pending → withdrawn.
 */
export function consentMachine<TContext extends ConsentContext>(spec: {
  id: string;
  outcome: string;
  context: (start: EngineEvent) => Omit<TContext, keyof ConsentContext>;
  outcomeParams: (context: TContext) => object;
}) {
  return setup({
    types: { context: {} as TContext, events: {} as EngineEvent, input: {} as EngineEvent },
    actions: {
      recordSteering: assign(({ event }) => ({ steering: recorded(event) }) as Partial<TContext>),
      recordPlenary: assign(({ event }) => ({ plenary: recorded(event) }) as Partial<TContext>),
      recordWithdrawal: assign(
        ({ event }) =>
          ({ withdrawal: { reason: String(event.payload.reason), at: event.now } }) as Partial<TContext>,
      ),
      applyOutcome: effect<object>(),
    },
    guards: { steeringGranted: decisionIs('granted'), plenaryAdopted: decisionIs('adopted') },
  }).createMachine({
    id: spec.id,
    context: ({ input }) =>
      ({ steering: null, plenary: null, withdrawal: null, ...spec.context(input) }) as TContext,
    initial: 'proposed',
    states: {
      proposed: {
        type: 'parallel',
        on: { WITHDRAW: { target: 'withdrawn', actions: 'recordWithdrawal' } },
        onDone: { target: spec.outcome },
        states: {
          steering: {
            initial: 'pending',
            states: {
              pending: {
                meta: { task: { awaiting: { body: 'steering' }, commands: ['STEERING_DECISION'] } },
                on: {
                  STEERING_DECISION: [
                    { guard: 'steeringGranted', target: 'granted', actions: 'recordSteering' },
                    { target: `#${spec.id}.rejected`, actions: 'recordSteering' },
                  ],
                },
              },
              granted: { type: 'final' },
            },
          },
          plenary: {
            initial: 'pending',
            states: {
              pending: {
                meta: { task: { awaiting: { body: 'plenary' }, commands: ['PLENARY_DECISION'] } },
                on: {
                  PLENARY_DECISION: [
                    { guard: 'plenaryAdopted', target: 'adopted', actions: 'recordPlenary' },
                    { target: `#${spec.id}.rejected`, actions: 'recordPlenary' },
                  ],
                },
              },
              adopted: { type: 'final' },
            },
          },
        },
      },
      [spec.outcome]: {
        type: 'final',
        entry: {
          type: 'applyOutcome',
          params: ({ context }: { context: TContext }) => spec.outcomeParams(context),
        },
      },
      rejected: { type: 'final' },
      withdrawn: { type: 'final' },
    },
  });
}

export type ConsentCommands = {
  STEERING_DECISION: z.infer<typeof steeringDecision>;
  PLENARY_DECISION: z.infer<typeof plenaryDecision>;
  WITHDRAW: z.infer<typeof reasonPayload>;
};

const consentCommands: {
  [K in keyof ConsentCommands]: CommandDefinition<ConsentContext, ConsentCommands[K]>;
} = {
  STEERING_DECISION: {
    payload: steeringDecision,
    label: { de: 'Entscheidung der Steuerungsgruppe erfassen', en: 'Record the steering group decision' },
    permission: coordinationOnly,
    check: meetingInPayload('steering'),
    final: true,
  },
  PLENARY_DECISION: {
    payload: plenaryDecision,
    label: { de: 'Beschluss der Vollversammlung erfassen', en: 'Record the plenary decision' },
    permission: coordinationOnly,
    check: meetingInPayload('plenary'),
    final: true,
  },
  WITHDRAW: {
    payload: reasonPayload,
    label: { de: 'Vorschlag zurückziehen', en: 'Withdraw the proposal' },
    permission: coordinationOnly,
    final: true,
  },
};

const consentStateLabels = {
  proposed: { de: 'Vorgeschlagen', en: 'Proposed' },
  pending: { de: 'Ausstehend', en: 'Pending' },
  granted: { de: 'Zugestimmt', en: 'Granted' },
  adopted: { de: 'Beschlossen', en: 'Adopted' },
  rejected: { de: 'Abgelehnt', en: 'Rejected' },
  withdrawn: { de: 'Zurückgezogen', en: 'Withdrawn' },
};

/** The types of a P1/P2-style process: its input, its context and the params of its outcome. */
export interface ConsentTypes<
  TInput extends Record<string, unknown>,
  TContext extends ConsentContext,
  TParams extends object,
> {
  input: TInput;
  context: TContext;
  facts: Record<string, never>;
  commands: ConsentCommands;
  effects: { applyOutcome: TParams };
}

/** A P1/P2-style definition: the coordination office starts it and records both bodies' decisions. */
export function consentDefinition<
  TInput extends Record<string, unknown>,
  TContext extends ConsentContext,
  TParams extends object,
>(
  spec: Pick<
    ProcessDefinition<ConsentTypes<TInput, TContext, TParams>>,
    'key' | 'machine' | 'input' | 'labels' | 'description' | 'summary' | 'startCheck' | 'subject'
  > & {
    outcome: [state: string, label: Labels];
    applyOutcome: EffectHandler<TContext, TParams>;
  },
): ProcessDefinition<ConsentTypes<TInput, TContext, TParams>> {
  const { outcome, applyOutcome, ...rest } = spec;
  return {
    ...rest,
    version: 1,
    stateLabels: { ...consentStateLabels, [outcome[0]]: outcome[1] },
    vocabulary: councilVocabulary,
    commands: consentCommands,
    startPermission: coordinationOnly,
    effects: { applyOutcome },
  };
}
