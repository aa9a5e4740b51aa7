import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import type { MigrationObject } from '@mikro-orm/core';
import type { AppConfig } from '../config/app-config';

export interface OrmOptionsInput {
  config: AppConfig;
  entities: NonNullable<Options['entities']>;
  migrations: MigrationObject[];
}

/** One MikroORM configuration for api, worker, CLI and tests; entities and migrations listed explicitly. */
export function createOrmOptions({ config, entities, migrations }: OrmOptionsInput): Options {
  return defineConfig({
    clientUrl: config.databaseUrl,
    entities,
    extensions: [Migrator],
    migrations: {
      migrationsList: migrations,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      path: 'libs/platform/src/database/migrations',
      pathTs: 'libs/platform/src/database/migrations',
    },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    ensureDatabase: false,
    discovery: { warnWhenNoEntities: true },
    pool: { min: 0, max: 20 },
    // Only the engine's named statements are prepared. PostgreSQL planned each of them anew per call (the
    // plan of an `unnest` of one row looks cheaper than the generic one), which cost more than running it.
    driverOptions: { connection: { options: '-c plan_cache_mode=force_generic_plan' } },
    debug: false,
  });
}
