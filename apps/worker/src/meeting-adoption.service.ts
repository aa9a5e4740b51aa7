import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { ProcessQueries, SYSTEM_ENGINE } from '@gremium/workflow';
import { adoptRecordedMeetings } from '@gremium/council';

/** On start, the worker turns meetings recorded before P8 into P8 instances (once, whichever worker is first). */
@Injectable()
export class MeetingAdoption implements OnApplicationBootstrap {
  private readonly logger = new Logger(MeetingAdoption.name);

  constructor(
    private readonly em: EntityManager,
    private readonly processes: ProcessQueries,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const adopted = await adoptRecordedMeetings(this.em.fork(), async (input, startKey) => {
      try {
        await this.processes.start({
          definitionKey: 'meeting',
          input,
          actor: SYSTEM_ENGINE,
          idempotencyKey: startKey,
        });
      } catch (error) {
        // Another worker adopted it at the same moment.
        if (!(error instanceof UniqueConstraintViolationException)) throw error;
      }
    });
    if (adopted > 0) this.logger.log(`adopted ${adopted} recorded meetings as processes`);
  }
}
