import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { EntityManager } from '@mikro-orm/postgresql';
import { JobPublisher } from '@gremium/platform';
import { Public } from '../auth/auth.decorators';

async function probe<T>(run: () => Promise<T>): Promise<T | null> {
  try {
    return await Promise.race([run(), new Promise<null>((resolve) => setTimeout(() => resolve(null), 2000))]);
  } catch {
    return null;
  }
}

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    private readonly em: EntityManager,
    private readonly publisher: JobPublisher,
  ) {}

  @Public()
  @Get()
  async health(@Res({ passthrough: true }) response: Response) {
    const commands = this.publisher.queue('commands');
    const [db, counts] = await Promise.all([
      probe(() => this.em.fork().execute('select 1')),
      // Reading the queue's counts is a round trip to Redis: it answers only when Redis does.
      probe(() => commands.getJobCounts('waiting', 'active', 'delayed', 'failed')),
    ]);
    const redis = counts !== null;
    const ok = db !== null && redis;
    if (!ok) response.status(503);
    return {
      status: ok ? 'ok' : 'down',
      db: db !== null ? 'up' : 'down',
      redis: redis ? 'up' : 'down',
      queue: counts ?? null,
    };
  }
}
