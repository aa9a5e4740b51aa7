import { z } from 'zod';
import { invalidField } from '@gremium/workflow';
import { Person } from '../people/person.entity';
import { berlinDateOf } from '../terms/calendar-date';
import {
  consentDefinition,
  consentedAt,
  consentMachine,
  type ConsentContext,
} from '../shared/consent-machine';
import { foundWorkingGroup } from './found-working-group.effect';

export const foundingInput = z
  .object({
    name: z.string().trim().min(1).max(200),
    topic: z.string().trim().min(1).max(500),
    rationale: z.string().trim().min(1).max(5000),
    initialMemberIds: z.array(z.uuid()).max(200).optional(),
  })
  .strict();
export type FoundingInput = z.infer<typeof foundingInput>;

export interface FoundingContext extends ConsentContext {
  name: string;
  topic: string;
  rationale: string;
  initialMemberIds: string[];
  /** Reserved when the proposal is made, so the founded group's id is known to the pure machine. */
  workingGroupId: string;
}

export const workingGroupFoundingMachine = consentMachine<FoundingContext>({
  id: 'working-group-founding',
  outcome: 'founded',
  context: (start) => {
    const data = start.payload as FoundingInput;
    return {
      name: data.name,
      topic: data.topic,
      rationale: data.rationale,
      initialMemberIds: data.initialMemberIds ?? [],
      workingGroupId: start.newId,
    };
  },
  outcomeParams: (context) => ({
    workingGroupId: context.workingGroupId,
    name: context.name,
    topic: context.topic,
    rationale: context.rationale,
    initialMemberIds: context.initialMemberIds,
    foundedAt: berlinDateOf(consentedAt(context)),
  }),
});

export const workingGroupFounding = consentDefinition<FoundingInput>({
  key: 'working-group-founding',
  machine: workingGroupFoundingMachine,
  input: foundingInput,
  labels: { de: 'Gründung einer Arbeitsgruppe', en: 'Founding a working group' },
  outcome: ['founded', { de: 'Gegründet', en: 'Founded' }],
  startCheck: async ({ em, payload }) => {
    const ids = [...new Set((payload.initialMemberIds as string[] | undefined) ?? [])];
    const found = ids.length ? await em.count(Person, { id: { $in: ids } }) : 0;
    return found === ids.length
      ? null
      : invalidField('input.initialMemberIds', 'names a person who does not exist');
  },
  subject: (context) => ({ type: 'working-group', id: String(context.workingGroupId) }),
  applyOutcome: foundWorkingGroup,
});
