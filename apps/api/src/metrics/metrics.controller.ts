import { Controller, Get, Header } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EntityManager } from '@mikro-orm/postgresql';
import { JobPublisher, QUEUE_NAMES } from '@gremium/platform';
import { Clock } from '@gremium/workflow';
import { Public } from '../auth/auth.decorators';

interface Counts {
  applied: string;
  rejected: string;
  queued: string;
  timers_pending: string;
  timer_lag_ms: string | null;
}

/**
 * Prometheus text: what operations watch. Counts come from the database, queue depths from Redis.
 * Public to the session guard: `operatorAccess` (bootstrap) lets only the coordination office or the
 * METRICS_TOKEN bearer through.
 */
@ApiTags('operations')
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly em: EntityManager,
    private readonly publisher: JobPublisher,
    private readonly clock: Clock,
  ) {}

  @Public()
  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  async metrics(): Promise<string> {
    const em = this.em.fork();
    await this.clock.refresh(em);
    const [counts] = await em.execute<Counts[]>(
      `select
         (select count(*) from command where status = 'applied') as applied,
         (select count(*) from command where status = 'rejected') as rejected,
         (select count(*) from command where status = 'queued') as queued,
         (select count(*) from timer where status = 'pending') as timers_pending,
         (select extract(epoch from (?::timestamptz - min(due_at))) * 1000 from timer where status = 'pending' and due_at <= ?) as timer_lag_ms`,
      [this.clock.now(), this.clock.now()],
    );
    const depths = await Promise.all(
      QUEUE_NAMES.map(async (name) => [name, await this.publisher.queue(name).count()] as const),
    );
    return [
      '# HELP gremium_commands_total Commands by outcome.',
      '# TYPE gremium_commands_total counter',
      `gremium_commands_total{status="applied"} ${counts.applied}`,
      `gremium_commands_total{status="rejected"} ${counts.rejected}`,
      '# HELP gremium_commands_queued Commands taken in but not yet decided.',
      '# TYPE gremium_commands_queued gauge',
      `gremium_commands_queued ${counts.queued}`,
      '# HELP gremium_queue_depth Jobs waiting or delayed per BullMQ queue.',
      '# TYPE gremium_queue_depth gauge',
      ...depths.map(([name, depth]) => `gremium_queue_depth{queue="${name}"} ${depth}`),
      '# HELP gremium_timers_pending Durable timers not yet fired.',
      '# TYPE gremium_timers_pending gauge',
      `gremium_timers_pending ${counts.timers_pending}`,
      '# HELP gremium_timer_lag_ms How long the oldest due timer has been waiting.',
      '# TYPE gremium_timer_lag_ms gauge',
      `gremium_timer_lag_ms ${Math.max(0, Math.round(Number(counts.timer_lag_ms ?? 0)))}`,
      '',
    ].join('\n');
  }
}
