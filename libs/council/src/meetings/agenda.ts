import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Task } from '@gremium/workflow';
import { AgendaItem, type AgendaKind, type AgendaSource, type AgendaStatus } from './agenda-item.entity';
import { Meeting } from './meeting.entity';
import { waitingDecisions, type WaitingDecision } from './waiting-decisions';

/** One item of a meeting's agenda as the API shows it. */
export interface AgendaEntry {
  id: string;
  position: number;
  title: string;
  kind: AgendaKind;
  source: AgendaSource;
  processId: string | null;
  taskId: string | null;
  commandType: string | null;
  status: AgendaStatus;
  proposedById: string | null;
}

/** States whose agenda is frozen and still holds its items (after the minutes, open ones move on). */
const HOLDING_STATES = ['invited', 'held'] as const;

const bodyKey = (body: string, workingGroupId: string | null) => `${body}|${workingGroupId ?? ''}`;
const decisionKey = (processId: string | null, commandType: string | null) => `${processId}|${commandType}`;

/** A live item's id: the same for the same decision on the same meeting, so it can be addressed. */
function liveItemId(meetingId: string, decision: WaitingDecision): string {
  const hex = createHash('sha256')
    .update(`${meetingId}|${decision.processId}|${decision.commandType}`)
    .digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Where each waiting decision is on the agenda: the invited or held meeting whose frozen agenda holds it,
 * otherwise the earliest planned meeting of its body (of its working group), otherwise nowhere yet.
 */
export async function placeDecisions(
  em: EntityManager,
  decisions: readonly WaitingDecision[],
): Promise<Map<WaitingDecision, Meeting>> {
  const placement = new Map<WaitingDecision, Meeting>();
  if (decisions.length === 0) return placement;
  const frozen = await em.find(AgendaItem, {
    source: 'auto',
    processId: { $in: [...new Set(decisions.map((d) => d.processId))] },
  });
  const holding = new Map(
    (
      await em.find(Meeting, {
        id: { $in: [...new Set(frozen.map((item) => item.meetingId))] },
        state: { $in: [...HOLDING_STATES] },
      })
    ).map((meeting) => [meeting.id, meeting]),
  );
  const next = new Map<string, Meeting>();
  for (const meeting of await em.find(
    Meeting,
    { state: 'planned' },
    { orderBy: { start: 'asc', id: 'asc' } },
  )) {
    const key = bodyKey(meeting.body, meeting.workingGroupId);
    if (!next.has(key)) next.set(key, meeting);
  }
  for (const decision of decisions) {
    const held = frozen
      .filter(
        (item) =>
          decisionKey(item.processId, item.commandType) ===
          decisionKey(decision.processId, decision.commandType),
      )
      .map((item) => holding.get(item.meetingId))
      .find((meeting) => meeting && meeting.body === decision.body);
    const meeting = held ?? next.get(bodyKey(decision.body, decision.workingGroupId));
    if (meeting) placement.set(decision, meeting);
  }
  return placement;
}

function entryOf(item: AgendaItem): AgendaEntry {
  return {
    id: item.id,
    position: item.position,
    title: item.title,
    kind: item.kind,
    source: item.source,
    processId: item.processId,
    taskId: item.taskId,
    commandType: item.commandType,
    status: item.status,
    proposedById: item.proposedById,
  };
}

/**
 * The agenda of a meeting. While it is planned the agenda is live: the stored items (added by hand,
 * proposed, or placed by reordering) plus every decision waiting on the body that this meeting is the next
 * one for. From the invitation on, the stored items only.
 */
export async function agendaOf(em: EntityManager, meeting: Meeting): Promise<AgendaEntry[]> {
  const stored = await em.find(
    AgendaItem,
    { meetingId: meeting.id },
    { orderBy: { position: 'asc', createdAt: 'asc', id: 'asc' } },
  );
  let entries = stored.map(entryOf);
  if (meeting.state === 'planned') {
    const decisions = await waitingDecisions(em);
    const placement = await placeDecisions(em, decisions);
    const mine = decisions.filter((decision) => placement.get(decision)?.id === meeting.id);
    const wanted = new Set(mine.map((d) => decisionKey(d.processId, d.commandType)));
    entries = entries.filter(
      (entry) => entry.source !== 'auto' || wanted.has(decisionKey(entry.processId, entry.commandType)),
    );
    const placed = new Set(entries.map((entry) => decisionKey(entry.processId, entry.commandType)));
    let position = Math.max(0, ...entries.map((entry) => entry.position));
    for (const decision of mine) {
      if (placed.has(decisionKey(decision.processId, decision.commandType))) continue;
      entries.push({
        id: liveItemId(meeting.id, decision),
        position: ++position,
        title: decision.title,
        kind: 'decision',
        source: 'auto',
        processId: decision.processId,
        taskId: decision.taskIds[0],
        commandType: decision.commandType,
        status: 'accepted',
        proposedById: null,
      });
    }
  }
  return entries.map((entry, index) => ({ ...entry, position: index + 1 }));
}

/** Stores the agenda as it stands (the invitation freezes it; reordering places every item). */
export async function storeAgenda(em: EntityManager, meeting: Meeting, entries: AgendaEntry[], now: Date) {
  const stored = new Map(
    (await em.find(AgendaItem, { meetingId: meeting.id })).map((item) => [item.id, item]),
  );
  for (const entry of entries) {
    const item = stored.get(entry.id);
    if (item) {
      item.position = entry.position;
      stored.delete(entry.id);
    } else em.create(AgendaItem, { ...entry, meetingId: meeting.id, createdAt: now });
  }
  // Items taken from tasks that no longer wait on this meeting.
  for (const item of stored.values()) if (item.source === 'auto') em.remove(item);
}

/** A new item's id. */
export const newItemId = (): string => randomUUID();

/**
 * A task's due date (P8): the start of the meeting whose agenda holds it; for P4 in review the end of
 * the review period when that is earlier. `only` limits the update to some tasks (those just opened): a
 * decision's placement depends on its own process and the meetings alone, so only their processes are read.
 */
export async function scheduleDueDates(em: EntityManager, only?: readonly Task[]): Promise<void> {
  const decisions = await waitingDecisions(
    em,
    only?.map((task) => task.processId),
  );
  const onlyIds = only ? new Set(only.map((task) => task.id)) : null;
  const placement = await placeDecisions(em, decisions);
  const due = new Map<string, Date | null>();
  for (const decision of decisions) {
    let at = placement.get(decision)?.start ?? null;
    if (decision.reviewEndsAt && (!at || decision.reviewEndsAt < at)) at = decision.reviewEndsAt;
    for (const taskId of decision.taskIds) if (!onlyIds || onlyIds.has(taskId)) due.set(taskId, at);
  }
  if (due.size === 0) return;
  for (const task of await em.find(Task, { id: { $in: [...due.keys()] } })) {
    const at = due.get(task.id) ?? null;
    if ((task.dueAt?.getTime() ?? null) !== (at?.getTime() ?? null)) task.dueAt = at;
  }
}
