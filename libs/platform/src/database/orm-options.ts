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
    debug: false,
  });
}
