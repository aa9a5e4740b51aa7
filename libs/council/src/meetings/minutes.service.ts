import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  Clock,
  conflict,
  DefinitionRegistry,
  forbidden,
  invalidField,
  NotFoundError,
  ProcessInstance,
  RefusalError,
  type Actor,
} from '@gremium/workflow';
import { Person } from '../people/person.entity';
import { anyOf, coordinationOnly, moderatorOf } from '../permissions/rules';
import { AgendaItem } from './agenda-item.entity';
import { Meeting, type MinutesItem } from './meeting.entity';
import { dispatchPayload, minutesOf, recordsDecision, type MinutesView } from './minutes';
import { councilCoded } from '../errors/council-errors';

export interface MinutesInput {
  attendance: string[];
  items: MinutesItem[];
}

/**
 * The minutes of a held meeting (P8): attendance and, per agenda item, a result and (decision items) the
 * decision. Each decision is checked now against its command's payload schema, so that approving the
 * minutes sends only what the process can read; whether the process still accepts it is its own decision.
 */
@Injectable()
export class MinutesService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly registry: DefinitionRegistry,
  ) {}

  async minutes(meetingId: string): Promise<MinutesView> {
    const em = this.em.fork();
    const meeting = await em.findOne(Meeting, meetingId);
    if (!meeting) throw new NotFoundError('meeting', meetingId);
    return minutesOf(em, meeting);
  }

  async record(meetingId: string, actor: Actor, input: MinutesInput): Promise<MinutesView> {
    const em = this.em.fork();
    const meeting = await em.findOne(Meeting, meetingId);
    if (!meeting) throw new NotFoundError('meeting', meetingId);
    await this.clock.refresh(em);
    const refused = await anyOf(
      coordinationOnly,
      moderatorOf(() => meeting.workingGroupId ?? undefined),
    )({ em, actor, now: this.clock.now(), payload: {}, instance: null });
    if (refused) throw new RefusalError(forbidden(councilCoded('minutes.organiser_only')));
    if (meeting.state !== 'held') {
      throw new RefusalError(
        conflict(councilCoded('minutes.not_held', { state: meeting.state }), {
          state: meeting.state,
        }),
      );
    }
    const known = input.attendance.length ? await em.count(Person, { id: { $in: input.attendance } }) : 0;
    if (known !== input.attendance.length) {
      throw new RefusalError(invalidField('attendance', councilCoded('minutes.unknown_person')));
    }
    const agenda = new Map((await em.find(AgendaItem, { meetingId })).map((item) => [item.id, item]));
    const seen = new Set<string>();
    for (const [index, entry] of input.items.entries()) {
      const item = agenda.get(entry.agendaItemId);
      if (!item || seen.has(entry.agendaItemId)) {
        throw new RefusalError(
          invalidField(`items.${index}.agendaItemId`, councilCoded('minutes.unknown_item')),
        );
      }
      seen.add(entry.agendaItemId);
      if (recordsDecision(entry)) await this.checkDecision(em, meetingId, item, entry, index);
    }
    meeting.attendance = input.attendance;
    meeting.minutes = { items: input.items, recordedAt: this.clock.now().toISOString() };
    meeting.updatedAt = this.clock.now();
    await em.flush();
    return minutesOf(em, meeting);
  }

  private async checkDecision(
    em: EntityManager,
    meetingId: string,
    item: AgendaItem,
    entry: MinutesItem,
    index: number,
  ): Promise<void> {
    if (!item.processId || !item.commandType) {
      throw new RefusalError(
        invalidField(`items.${index}.decision`, councilCoded('minutes.not_decision_item')),
      );
    }
    const instance = await em.findOneOrFail(ProcessInstance, item.processId);
    const spec = this.registry.get(instance.definitionKey, instance.definitionVersion).commands[
      item.commandType
    ];
    const parsed = spec?.payload.safeParse(dispatchPayload(meetingId, entry));
    if (parsed && !parsed.success) {
      const issue = parsed.error.issues[0];
      const field = ['decision', 'votes'].includes(String(issue.path[0]))
        ? issue.path.join('.')
        : `fields.${issue.path.join('.')}`;
      throw new RefusalError(
        invalidField(`items.${index}.${field}`, { key: 'validation.invalid', english: issue.message }),
      );
    }
  }
}
