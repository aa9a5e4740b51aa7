import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  Clock,
  conflict,
  forbidden,
  invalidField,
  NotFoundError,
  RefusalError,
  type Actor,
  type RuleContext,
} from '@gremium/workflow';
import { isGroupMember } from '../memberships/membership-queries';
import { anyOf, coordinationOnly, moderatorOf } from '../permissions/rules';
import { berlinDateOf } from '../terms/calendar-date';
import { AgendaItem, type AgendaKind, type AgendaStatus } from './agenda-item.entity';
import { agendaOf, newItemId, storeAgenda, type AgendaEntry } from './agenda';
import { Meeting } from './meeting.entity';
import { councilCoded } from '../errors/council-errors';

export interface NewAgendaItem {
  title: string;
  kind: AgendaKind;
}

export interface AgendaItemChange {
  title?: string;
  position?: number;
  status?: Exclude<AgendaStatus, 'proposed'>;
}

/** The agenda can change until the meeting is held: live while planned, supplements after the invitation. */
const EDITABLE = new Set(['planned', 'invited']);

/**
 * Agenda editing (P8, R3): the coordination office, or for a working-group meeting its moderator, adds,
 * reorders, retitles and removes items; a member of the group proposes topics, which the moderator accepts
 * or declines. Rights are derived from the data at the moment of the request.
 */
@Injectable()
export class AgendaService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async agenda(meetingId: string): Promise<AgendaEntry[]> {
    const em = this.em.fork();
    return agendaOf(em, await this.meeting(em, meetingId));
  }

  async add(meetingId: string, actor: Actor, item: NewAgendaItem): Promise<AgendaEntry> {
    return this.em.fork().transactional(async (em) => {
      const { meeting, now, organiser } = await this.editing(em, meetingId, actor);
      let proposal = false;
      if (!organiser) {
        proposal = await this.isProposer(em, meeting, actor, now);
        if (!proposal) throw new RefusalError(forbidden(councilCoded('agenda.add_forbidden')));
        if (item.kind !== 'topic')
          throw new RefusalError(invalidField('kind', councilCoded('agenda.proposal_is_topic')));
      }
      this.requireEditable(meeting);
      const entries = await agendaOf(em, meeting);
      const entry: AgendaEntry = {
        id: newItemId(),
        position: entries.length + 1,
        title: item.title,
        kind: item.kind,
        source: proposal ? 'proposal' : 'manual',
        processId: null,
        taskId: null,
        commandType: null,
        status: proposal ? 'proposed' : 'accepted',
        proposedById: proposal && actor.type === 'user' ? actor.personId : null,
      };
      await storeAgenda(em, meeting, [...entries, entry], now);
      return entry;
    });
  }

  async change(
    meetingId: string,
    itemId: string,
    actor: Actor,
    change: AgendaItemChange,
  ): Promise<AgendaEntry> {
    return this.em.fork().transactional(async (em) => {
      const { meeting, now, organiser } = await this.editing(em, meetingId, actor);
      if (!organiser) throw new RefusalError(forbidden(councilCoded('agenda.organiser_only')));
      this.requireEditable(meeting);
      const entries = await agendaOf(em, meeting);
      const index = entries.findIndex((entry) => entry.id === itemId);
      if (index < 0) throw new NotFoundError('agenda item', itemId);
      const entry = { ...entries[index] };
      if (change.title !== undefined) {
        if (entry.source === 'auto') throw new RefusalError(conflict(councilCoded('agenda.process_title')));
        entry.title = change.title;
      }
      if (change.status !== undefined) {
        if (entry.source !== 'proposal')
          throw new RefusalError(conflict(councilCoded('agenda.only_proposals')));
        entry.status = change.status;
      }
      const ordered = entries.filter((_, i) => i !== index);
      const target = Math.min(Math.max(change.position ?? entry.position, 1), entries.length);
      ordered.splice(target - 1, 0, entry);
      const renumbered = ordered.map((item, i) => ({ ...item, position: i + 1 }));
      await storeAgenda(em, meeting, renumbered, now);
      const item = await em.findOneOrFail(AgendaItem, itemId);
      Object.assign(item, { title: entry.title, status: entry.status });
      return renumbered[target - 1];
    });
  }

  async remove(meetingId: string, itemId: string, actor: Actor): Promise<void> {
    await this.em.fork().transactional(async (em) => {
      const { meeting, now, organiser } = await this.editing(em, meetingId, actor);
      if (!organiser) throw new RefusalError(forbidden(councilCoded('agenda.organiser_only')));
      this.requireEditable(meeting);
      const entries = await agendaOf(em, meeting);
      const entry = entries.find((item) => item.id === itemId);
      if (!entry) throw new NotFoundError('agenda item', itemId);
      if (entry.source === 'auto') {
        throw new RefusalError(conflict(councilCoded('agenda.item_stays')));
      }
      const rest = entries
        .filter((item) => item.id !== itemId)
        .map((item, i) => ({ ...item, position: i + 1 }));
      await storeAgenda(em, meeting, rest, now);
      em.remove(await em.findOneOrFail(AgendaItem, itemId));
    });
  }

  private requireEditable(meeting: Meeting): void {
    if (!EDITABLE.has(meeting.state)) {
      throw new RefusalError(
        conflict(councilCoded('agenda.closed', { state: meeting.state }), { state: meeting.state }),
      );
    }
  }

  private async meeting(em: EntityManager, meetingId: string): Promise<Meeting> {
    const meeting = await em.findOne(Meeting, meetingId);
    if (!meeting) throw new NotFoundError('meeting', meetingId);
    return meeting;
  }

  private async editing(em: EntityManager, meetingId: string, actor: Actor) {
    const meeting = await this.meeting(em, meetingId);
    await this.clock.refresh(em);
    const now = this.clock.now();
    const ctx: RuleContext = { em, actor, now, payload: {}, instance: null };
    const organiser =
      (await anyOf(
        coordinationOnly,
        moderatorOf(() => meeting.workingGroupId ?? undefined),
      )(ctx)) === null;
    return { meeting, now, organiser };
  }

  private async isProposer(em: EntityManager, meeting: Meeting, actor: Actor, now: Date): Promise<boolean> {
    return (
      meeting.body === 'working-group' &&
      actor.type === 'user' &&
      actor.personId !== null &&
      meeting.workingGroupId !== null &&
      (await isGroupMember(em, actor.personId, meeting.workingGroupId, berlinDateOf(now)))
    );
  }
}
