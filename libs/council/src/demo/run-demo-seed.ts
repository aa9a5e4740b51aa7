import { Module, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { preflight, type AppConfig } from '@gremium/platform';
import { CouncilCoreModule } from '../council-core.module';
import { councilOrmOptions } from '../database';
import { DemoEngine } from './demo-engine.service';
import { DemoRecords } from './demo-records.service';
import { formatDemoReport } from './demo-report';
import { DemoSeeder } from './demo-seeder.service';

export interface DemoSeedOptions {
  /** The worker's processors (apps/worker), so that commands are applied as in production. */
  workerModule: Type;
  /** DEMO_PASSWORD, or null for a random password per new account. */
  password: string | null;
}

/** Like `npm run migrate`: the seed works on an empty database as well. */
async function migrate(config: AppConfig): Promise<string[]> {
  const orm = await MikroORM.init(councilOrmOptions(config));
  try {
    return (await orm.getMigrator().up()).map((migration) => migration.name);
  } finally {
    await orm.close(true);
  }
}

/** `npm run seed:demo`: migrates, fills the database with the demo council and returns what to print. */
export async function runDemoSeed(config: AppConfig, options: DemoSeedOptions): Promise<string> {
  const warnings = await preflight(config);
  const applied = await migrate(config);

  @Module({
    imports: [CouncilCoreModule.forRoot(config, { intake: true }), options.workerModule],
    providers: [DemoRecords, DemoEngine, DemoSeeder],
  })
  class DemoSeedModule {}

  const app = await NestFactory.createApplicationContext(DemoSeedModule, { logger: ['error', 'warn'] });
  try {
    const report = await app.get(DemoSeeder).seed(options.password);
    return [
      ...warnings.map((warning) => `warning: ${warning}`),
      ...(applied.length ? [`applied ${applied.join(', ')}`] : []),
      formatDemoReport(report, `http://localhost:${config.port}/`),
    ].join('\n');
  } finally {
    await app.close();
  }
}
