import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ProcessQueries } from '@gremium/workflow';
import type { MeetingInput } from '../processes/meeting/meeting.schemas';
import type { Editor } from '../records/record-writer';
import { Meeting } from './meeting.entity';

/** Meetings are P8 processes: planning one starts its process, which writes the meeting row (audited there). */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly em: EntityManager,
    private readonly processes: ProcessQueries,
  ) {}

  async create(input: MeetingInput, by: Editor): Promise<Meeting> {
    const instance = await this.processes.start({
      definitionKey: 'meeting',
      input,
      actor: { type: 'user', userId: by.userId },
    });
    return this.em.fork().findOneOrFail(Meeting, String(instance.context.meetingId));
  }
}
