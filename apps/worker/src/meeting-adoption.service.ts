import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock, EffectBatch, isUniqueViolation, OutboxPublisher, ProcessStarter } from '@gremium/workflow';
import { adoptRecordedMeetings } from '@gremium/council';

/**
 * On start, the worker turns meetings recorded before P8 into P8 instances, started by the engine (no user
 * asked for them), once each whichever worker is first.
 */
@Injectable()
export class MeetingAdoption implements OnApplicationBootstrap {
  private readonly logger = new Logger(MeetingAdoption.name);

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly starter: ProcessStarter,
    private readonly outbox: OutboxPublisher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const adopted = await adoptRecordedMeetings(this.em.fork(), async (input, startKey) => {
      const em = this.em.fork();
      await this.clock.refresh(em);
      const batch = new EffectBatch();
      try {
        await em.transactional((tx) =>
          this.starter.start(tx, batch, {
            definitionKey: 'meeting',
            input,
            actor: { type: 'system', reason: 'engine' },
            now: this.clock.now(),
            idempotencyKey: startKey,
          }),
        );
      } catch (error) {
        // Another worker adopted it at the same moment.
        if (!isUniqueViolation(error)) throw error;
      }
      await this.outbox.flush(batch);
    });
    if (adopted > 0) this.logger.log(`adopted ${adopted} recorded meetings as processes`);
  }
}
