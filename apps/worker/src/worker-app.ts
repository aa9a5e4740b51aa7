import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CouncilCoreModule, type CoreOptions } from '@gremium/council';
import type { AppConfig } from '@gremium/platform';
import { WorkerModule } from './worker.module';

/** The worker as its own process: no HTTP, only processors and the sweep loop. */
export async function createWorker(
  config: AppConfig,
  options: Omit<CoreOptions, 'intake'> = {},
): Promise<INestApplicationContext> {
  @Module({ imports: [CouncilCoreModule.forRoot(config, { ...options, intake: false }), WorkerModule] })
  class WorkerAppModule {}
  const app = await NestFactory.createApplicationContext(WorkerAppModule, {
    logger: config.env === 'test' ? ['error', 'warn'] : ['log', 'error', 'warn'],
  });
  app.enableShutdownHooks();
  return app;
}
