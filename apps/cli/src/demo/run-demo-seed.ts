import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { preflight, type AppConfig } from '@gremium/platform';
import { councilOrmOptions, CouncilCoreModule } from '@gremium/council';
import { WorkerModule } from '../../../worker/src/worker.module';
import { DemoIntake } from './demo-intake.service';
import { DemoRecords } from './demo-records.service';
import { formatDemoReport } from './demo-report';
import { DemoMinutes } from './demo-minutes.service';
import { DemoSeeder } from './demo-seeder.service';

/**
 * The seed's own worker sweeps every second instead of every TIMER_SWEEP_INTERVAL: the term alert that a
 * recorded appointment sets due at once is raised before the seed exits.
 */
const SEED_SWEEP_INTERVAL_MS = 1_000;

/** Like `npm run migrate`: the seed works on an empty database as well. */
async function migrate(config: AppConfig): Promise<string[]> {
  const orm = await MikroORM.init(councilOrmOptions(config));
  try {
    return (await orm.getMigrator().up()).map((migration) => migration.name);
  } finally {
    await orm.close(true);
  }
}

/**
 * `npm run seed:demo`: migrates, fills the database with the demo council and returns what to print. The
 * API's intake and the worker's processors run in this process, so commands are applied as in production.
 */
export async function runDemoSeed(config: AppConfig): Promise<string> {
  const warnings = await preflight(config);
  const applied = await migrate(config);
  const seedConfig: AppConfig = { ...config, timerSweepIntervalMs: SEED_SWEEP_INTERVAL_MS };

  @Module({
    imports: [CouncilCoreModule.forRoot(seedConfig, { intake: true }), WorkerModule],
    providers: [DemoRecords, DemoIntake, DemoMinutes, DemoSeeder],
  })
  class DemoSeedModule {}

  const app = await NestFactory.createApplicationContext(DemoSeedModule, { logger: ['error', 'warn'] });
  try {
    const report = await app.get(DemoSeeder).seed(config.demoPassword);
    return [
      ...warnings.map((warning) => `warning: ${warning}`),
      ...(applied.length ? [`applied ${applied.join(', ')}`] : []),
      formatDemoReport(report, `http://localhost:${config.port}/`),
    ].join('\n');
  } finally {
    await app.close();
  }
}
