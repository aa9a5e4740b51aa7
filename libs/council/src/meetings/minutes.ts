import type { EntityManager } from '@mikro-orm/postgresql';
import { Command, type EffectHandler } from '@gremium/workflow';
import { AgendaItem } from './agenda-item.entity';
import type { MeetingContext, MeetingRef } from '../processes/meeting/meeting.machine';
import { Meeting, type MinutesItem } from './meeting.entity';

/** The idempotency key of the command the approved minutes send for one agenda item. */
export const minutesKey = (meetingId: string, itemId: string) => `minutes:${meetingId}:${itemId}`;

/** The command payload an item's recorded decision becomes (always naming this meeting). */
export function dispatchPayload(meetingId: string, item: MinutesItem): Record<string, unknown> {
  return {
    ...(item.fields ?? {}),
    ...(item.decision !== undefined ? { decision: item.decision } : {}),
    ...(item.votes !== undefined ? { votes: item.votes } : {}),
    meetingId,
  };
}

/** Whether the minutes record a decision for the item (a decision value or the command's own fields). */
export const recordsDecision = (item: MinutesItem) =>
  item.decision !== undefined || Object.keys(item.fields ?? {}).length > 0;

/**
 * APPROVE_MINUTES: each recorded decision goes to its process as the item's command, with this meeting and
 * the idempotency key `minutes:<meetingId>:<itemId>`, sent in the approval's transaction on behalf of the
 * approving user. A process that no longer accepts it refuses it; the refusal stays on the command row and
 * shows on the item.
 */
export const dispatchMinutes: EffectHandler<MeetingContext, MeetingRef> = async (
  { em, event, engine },
  params,
) => {
  const meeting = await em.findOneOrFail(Meeting, params.meetingId);
  const items = new Map(
    (await em.find(AgendaItem, { meetingId: meeting.id })).map((item) => [item.id, item]),
  );
  for (const entry of meeting.minutes?.items ?? []) {
    const item = items.get(entry.agendaItemId);
    if (!item?.processId || !item.commandType || !recordsDecision(entry)) continue;
    await engine.sendCommand(item.processId, item.commandType, dispatchPayload(meeting.id, entry), {
      idempotencyKey: minutesKey(meeting.id, item.id),
      actor: event.actor.type === 'user' ? { type: 'user', userId: event.actor.userId } : undefined,
    });
  }
};

export interface MinutesView {
  items: (MinutesItem & {
    dispatch?: {
      commandId: string;
      status: string;
      code: string | null;
      reason: string | null;
      /** The refusal's stable key and parameters, worded by the dashboard. */
      key: string | null;
      params: Record<string, string | number> | null;
    };
  })[];
  recordedAt: string | null;
}

/** The minutes with what became of each dispatched decision (applied, or refused and why). */
export async function minutesOf(em: EntityManager, meeting: Meeting): Promise<MinutesView> {
  const items = meeting.minutes?.items ?? [];
  const agenda = await em.find(AgendaItem, { meetingId: meeting.id, processId: { $ne: null } });
  const sent = agenda.map((item) => ({
    processId: item.processId,
    idempotencyKey: minutesKey(meeting.id, item.id),
  }));
  const commands = new Map(
    (sent.length ? await em.find(Command, { $or: sent }) : []).map((command) => [
      command.idempotencyKey,
      command,
    ]),
  );
  return {
    recordedAt: meeting.minutes?.recordedAt ?? null,
    items: items.map((item) => {
      const command = commands.get(minutesKey(meeting.id, item.agendaItemId));
      return command
        ? {
            ...item,
            dispatch: {
              commandId: command.id,
              status: command.status,
              code: command.code,
              reason: command.reason,
              key: command.errorKey,
              params: command.errorParams,
            },
          }
        : item;
    }),
  };
}
