import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { invalidField } from '@gremium/workflow';
import { snapshot } from '../records/record-chain';
import { RecordWriter, refuse, type Editor } from '../records/record-writer';
import { WorkingGroup } from '../working-groups/working-group.entity';
import { Meeting, type MeetingBody, type MeetingKind } from './meeting.entity';
import { councilCoded } from '../errors/council-errors';

export interface MeetingInput {
  body: MeetingBody;
  workingGroupId?: string;
  date: string;
  kind: MeetingKind;
  title: string;
}

@Injectable()
export class MeetingsService {
  constructor(private readonly records: RecordWriter) {}

  async create(input: MeetingInput, by: Editor): Promise<Meeting> {
    const { em, now } = await this.records.begin();
    const meeting = em.create(Meeting, {
      id: randomUUID(),
      ...(await this.checked(em, input)),
      createdAt: now,
      updatedAt: now,
    });
    await this.records.commit(em, {
      kind: 'meeting',
      record: meeting,
      action: 'created',
      before: null,
      by,
      at: now,
    });
    return meeting;
  }

  async update(id: string, input: MeetingInput, by: Editor): Promise<Meeting> {
    const { em, now } = await this.records.begin();
    const meeting = await this.records.findOr404(em, Meeting, id, 'meeting');
    const before = snapshot(meeting);
    em.assign(meeting, { ...(await this.checked(em, input)), updatedAt: now });
    await this.records.commit(em, {
      kind: 'meeting',
      record: meeting,
      action: 'updated',
      before,
      by,
      at: now,
    });
    return meeting;
  }

  private async checked(em: EntityManager, input: MeetingInput) {
    if (input.body !== 'working-group' && input.workingGroupId) {
      refuse(invalidField('workingGroupId', councilCoded('meeting.group_only')));
    }
    if (input.workingGroupId && !(await em.count(WorkingGroup, { id: input.workingGroupId }))) {
      refuse(invalidField('workingGroupId', councilCoded('working_group.unknown')));
    }
    return {
      body: input.body,
      workingGroupId: input.workingGroupId ?? null,
      date: input.date,
      kind: input.kind,
      title: input.title.trim(),
    };
  }
}
