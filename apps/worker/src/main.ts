import 'reflect-metadata';
import { Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CouncilCoreModule } from '@gremium/council';
import { ConfigError, DependencyError, loadConfig, preflight, type AppConfig } from '@gremium/platform';
import { WorkerModule } from './worker.module';

function workerApp(config: AppConfig) {
  @Module({ imports: [CouncilCoreModule.forRoot(config, { intake: false }), WorkerModule] })
  class WorkerAppModule {}
  return WorkerAppModule;
}

async function main(): Promise<void> {
  const config = loadConfig();
  for (const warning of await preflight(config)) new Logger('Preflight').warn(warning);
  const app = await NestFactory.createApplicationContext(workerApp(config));
  app.enableShutdownHooks();
  new Logger('Worker').log('processing commands, timers and mail');
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof DependencyError;
  console.error(known ? (error as Error).message : error);
  process.exit(1);
});
