import { z } from 'zod';
import { assign, setup } from 'xstate';
import { effect, type EngineEvent, type ProcessDefinition } from '@gremium/workflow';
import { coordinationOnly } from '../permissions/rules';
import { bodyDecision, reasonPayload, type VoteCounts } from '../shared/payload-schemas';
import { berlinDate } from '../shared/berlin-date';
import { foundWorkingGroup, type FoundingParams } from './found-working-group.effect';

export const foundingInput = z
  .object({
    name: z.string().trim().min(1).max(200),
    topic: z.string().trim().min(1).max(500),
    rationale: z.string().trim().min(1).max(5000),
    initialMemberIds: z.array(z.uuid()).max(200).optional(),
  })
  .strict();
export type FoundingInput = z.infer<typeof foundingInput>;

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

export interface FoundingContext {
  name: string;
  topic: string;
  rationale: string;
  initialMemberIds: string[];
  /** Reserved when the proposal is made, so the founded group's id is known to the pure machine. */
  workingGroupId: string;
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

const decisionIs =
  (value: string) =>
  ({ event }: { event: EngineEvent }) =>
    event.payload.decision === value;

export const workingGroupFoundingMachine = setup({
  types: { context: {} as FoundingContext, events: {} as EngineEvent, input: {} as EngineEvent },
  actions: {
    recordSteering: assign({ steering: ({ event }) => recorded(event) }),
    recordPlenary: assign({ plenary: ({ event }) => recorded(event) }),
    recordWithdrawal: assign({
      withdrawal: ({ event }) => ({ reason: String(event.payload.reason), at: event.now }),
    }),
    foundWorkingGroup: effect<FoundingParams>(),
  },
  guards: {
    steeringGranted: decisionIs('granted'),
    plenaryAdopted: decisionIs('adopted'),
  },
}).createMachine({
  id: 'working-group-founding',
  context: ({ input }) => {
    const data = input.payload as FoundingInput;
    return {
      name: data.name,
      topic: data.topic,
      rationale: data.rationale,
      initialMemberIds: data.initialMemberIds ?? [],
      workingGroupId: input.newId,
      steering: null,
      plenary: null,
      withdrawal: null,
    };
  },
  initial: 'proposed',
  states: {
    proposed: {
      type: 'parallel',
      on: { WITHDRAW: { target: 'withdrawn', actions: 'recordWithdrawal' } },
      onDone: { target: 'founded' },
      states: {
        steering: {
          initial: 'pending',
          states: {
            pending: {
              meta: { task: { awaiting: { body: 'steering' }, commands: ['STEERING_DECISION'] } },
              on: {
                STEERING_DECISION: [
                  { guard: 'steeringGranted', target: 'granted', actions: 'recordSteering' },
                  { target: '#working-group-founding.rejected', actions: 'recordSteering' },
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
                  { target: '#working-group-founding.rejected', actions: 'recordPlenary' },
                ],
              },
            },
            adopted: { type: 'final' },
          },
        },
      },
    },
    founded: {
      type: 'final',
      entry: {
        type: 'foundWorkingGroup',
        params: ({ context }) => ({
          workingGroupId: context.workingGroupId,
          name: context.name,
          topic: context.topic,
          rationale: context.rationale,
          initialMemberIds: context.initialMemberIds,
          foundedAt: berlinDate(Math.max(context.steering?.at ?? 0, context.plenary?.at ?? 0)),
        }),
      },
    },
    rejected: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});

export const workingGroupFounding: ProcessDefinition<FoundingInput> = {
  key: 'working-group-founding',
  version: 1,
  machine: workingGroupFoundingMachine,
  input: foundingInput,
  labels: { de: 'Gründung einer Arbeitsgruppe', en: 'Founding a working group' },
  stateLabels: {
    proposed: { de: 'Vorgeschlagen', en: 'Proposed' },
    pending: { de: 'Ausstehend', en: 'Pending' },
    granted: { de: 'Zugestimmt', en: 'Granted' },
    adopted: { de: 'Beschlossen', en: 'Adopted' },
    founded: { de: 'Gegründet', en: 'Founded' },
    rejected: { de: 'Abgelehnt', en: 'Rejected' },
    withdrawn: { de: 'Zurückgezogen', en: 'Withdrawn' },
  },
  commands: {
    STEERING_DECISION: {
      payload: steeringDecision,
      label: { de: 'Entscheidung der Steuerungsgruppe erfassen', en: 'Record the steering group decision' },
      permission: coordinationOnly,
      final: true,
    },
    PLENARY_DECISION: {
      payload: plenaryDecision,
      label: { de: 'Beschluss der Vollversammlung erfassen', en: 'Record the plenary decision' },
      permission: coordinationOnly,
      final: true,
    },
    WITHDRAW: {
      payload: reasonPayload,
      label: { de: 'Vorschlag zurückziehen', en: 'Withdraw the proposal' },
      permission: coordinationOnly,
      final: true,
    },
  },
  startPermission: coordinationOnly,
  subject: (context) => ({ type: 'working-group', id: String(context.workingGroupId) }),
  effects: { foundWorkingGroup },
};
