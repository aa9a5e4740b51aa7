import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { ConfigError, loadConfig, preflight, runMain } from '@gremium/platform';
import { councilOrmOptions } from '@gremium/council';
import { runDemoSeed } from './demo/run-demo-seed';

const USAGE = 'usage: main.js preflight | migrate | migration:create [--initial] | seed:demo';

async function withOrm<T>(run: (orm: MikroORM) => Promise<T>): Promise<T> {
  const orm = await MikroORM.init(councilOrmOptions(loadConfig()));
  try {
    return await run(orm);
  } finally {
    await orm.close(true);
  }
}

async function main(command: string | undefined, args: string[]): Promise<void> {
  switch (command) {
    case 'preflight': {
      for (const warning of await preflight(loadConfig())) console.warn(`warning: ${warning}`);
      return;
    }
    case 'migrate': {
      const applied = await withOrm((orm) => orm.getMigrator().up());
      console.log(
        applied.length ? `applied ${applied.map((m) => m.name).join(', ')}` : 'database is up to date',
      );
      return;
    }
    case 'migration:create': {
      const result = await withOrm((orm) =>
        orm.getMigrator().createMigration(undefined, false, args.includes('--initial')),
      );
      console.log(result.fileName ? `created ${result.fileName}` : 'no schema changes');
      return;
    }
    case 'seed:demo': {
      console.log(await runDemoSeed(loadConfig()));
      return;
    }
    default:
      throw new ConfigError(USAGE);
  }
}

runMain(() => main(process.argv[2], process.argv.slice(3)));
