import type { EntityManager } from '@mikro-orm/postgresql';
import { ProcessInstance, Task } from '@gremium/workflow';
import { Person } from '../people/person.entity';
import { SEAT_LABELS } from '../shared/german-labels';
import { WorkingGroup } from '../working-groups/working-group.entity';
import type { MeetingBody } from './meeting.entity';

/** A process waiting on a body's decision: an item of that body's next meeting (P8 live agenda). */
export interface WaitingDecision {
  processId: string;
  body: MeetingBody;
  workingGroupId: string | null;
  /** The command that records the decision (what the minutes dispatch). */
  commandType: string;
  title: string;
  taskIds: string[];
  openedAt: Date;
  /** P4 in review: the end of the (first) review period. */
  reviewEndsAt: Date | null;
}

const DECIDING_BODIES: Record<string, MeetingBody> = {
  steering: 'steering',
  plenary: 'plenary',
  'working-group': 'working-group',
};

type Names = { people: Map<string, string>; groups: Map<string, string> };

function titleOf(instance: ProcessInstance, names: Names): string {
  const context = instance.context;
  switch (instance.definitionKey) {
    case 'working-group-founding':
      return `Gründung der Arbeitsgruppe „${String(context.name)}“`;
    case 'working-group-dissolution':
      return `Auflösung der Arbeitsgruppe „${names.groups.get(String(context.workingGroupId)) ?? '?'}“`;
    case 'seat-appointment': {
      const seat = SEAT_LABELS[context.seat as keyof typeof SEAT_LABELS] ?? String(context.seat);
      const person = context.personId ? names.people.get(String(context.personId)) : null;
      return person ? `Berufung (${seat}): ${person}` : `Berufung (${seat})`;
    }
    case 'recommendation':
      return `Handlungsempfehlung „${String(context.title)}“`;
    case 'rules-of-procedure-amendment':
      return `Änderung der Geschäftsordnung „${String(context.title)}“`;
    case 'moderator-election':
      return `Wahl der Moderation der Arbeitsgruppe „${names.groups.get(String(context.workingGroupId)) ?? '?'}“`;
    default:
      return instance.definitionKey;
  }
}

/**
 * Every open task waiting on a body's decision (P1/P2 consents, P3 plenary decisions, P5 elections of a
 * group), and every P4 in review (its sign-off tasks wait on the steering members), grouped per process
 * and body; only those of `processIds` when given (a decision is made of its own process's tasks alone).
 */
export async function waitingDecisions(
  em: EntityManager,
  processIds?: readonly string[],
): Promise<WaitingDecision[]> {
  const open = await em.find(
    Task,
    processIds ? { closedAt: null, processId: { $in: [...new Set(processIds)] } } : { closedAt: null },
    { orderBy: { openedAt: 'asc', id: 'asc' } },
  );
  const relevant = open.filter(
    (task) =>
      ('body' in task.awaiting && task.awaiting.body in DECIDING_BODIES) ||
      task.commandTypes.includes('SIGN_OFF'),
  );
  if (relevant.length === 0) return [];
  const instances = new Map(
    (await em.find(ProcessInstance, { id: { $in: [...new Set(relevant.map((t) => t.processId))] } })).map(
      (instance) => [instance.id, instance],
    ),
  );
  const groupIds = [...instances.values()].flatMap((i) =>
    typeof i.context.workingGroupId === 'string' ? [i.context.workingGroupId] : [],
  );
  const personIds = [...instances.values()].flatMap((i) =>
    i.definitionKey === 'seat-appointment' && typeof i.context.personId === 'string'
      ? [i.context.personId]
      : [],
  );
  const names: Names = {
    groups: new Map(
      (groupIds.length ? await em.find(WorkingGroup, { id: { $in: groupIds } }) : []).map((g) => [
        g.id,
        g.name,
      ]),
    ),
    people: new Map(
      (personIds.length ? await em.find(Person, { id: { $in: personIds } }) : []).map((p) => [p.id, p.name]),
    ),
  };
  const byKey = new Map<string, WaitingDecision>();
  for (const task of relevant) {
    const instance = instances.get(task.processId);
    if (!instance) continue;
    const signOff = task.commandTypes.includes('SIGN_OFF');
    const body: MeetingBody = signOff
      ? 'steering'
      : DECIDING_BODIES[(task.awaiting as { body: string }).body];
    const key = `${instance.id}|${body}`;
    const existing = byKey.get(key);
    if (existing) {
      existing.taskIds.push(task.id);
      continue;
    }
    const context = instance.context;
    byKey.set(key, {
      processId: instance.id,
      body,
      workingGroupId: body === 'working-group' ? String(context.workingGroupId) : null,
      commandType: signOff ? 'STEERING_DECISION' : task.commandTypes[0],
      title: titleOf(instance, names),
      taskIds: [task.id],
      openedAt: task.openedAt,
      reviewEndsAt:
        signOff && typeof context.submittedAt === 'number' && typeof context.reviewPeriodMs === 'number'
          ? new Date(context.submittedAt + context.reviewPeriodMs)
          : null,
    });
  }
  return [...byKey.values()];
}
