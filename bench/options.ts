export const PHASES = [
  'baselines',
  'engine',
  'http',
  'split',
  'timers',
  'catchup',
  'list',
  'profile',
] as const;
export type Phase = (typeof PHASES)[number];

export interface BenchOptions {
  quick: boolean;
  /** `--only=engine,http` runs a subset (for profiling experiments); the default is every phase. */
  phases: ReadonlySet<Phase>;
  keepDb: boolean;
  database: string;
  pgAdminUrl: string;
  redisUrl: string;
  prefix: string;
  /** WORKER_CONCURRENCY of the app, and the concurrency of both baselines. */
  concurrency: number;
  /** In-flight commands of the saturating (closed-loop) phases. */
  loadConcurrency: number;
  baselineMs: number;
  bullJobs: number;
  engineCommands: number;
  httpCommands: number;
  latencySeconds: number;
  profileCommands: number;
  timers: number;
  timerSpanMs: number;
  catchUpTimers: number;
  catchUpSweep: string;
  timerPhaseSweep: string;
  listProcesses: number;
  listEventsPerProcess: number;
  listSamples: number;
}

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  const quick = argv.includes('--quick');
  const only = argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  const phases = new Set<Phase>(
    only
      ? only.split(',').map((name) => {
          if (!(PHASES as readonly string[]).includes(name))
            throw new Error(`unknown phase ${name}; phases: ${PHASES.join(', ')}`);
          return name as Phase;
        })
      : PHASES,
  );
  const concurrency = Number(env.WORKER_CONCURRENCY ?? 16);
  const common = {
    quick,
    phases,
    keepDb: argv.includes('--keep-db'),
    database: env.BENCH_DATABASE ?? 'gremium_bench',
    pgAdminUrl: env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    // A Redis database no test uses (Jest workers take 1 + id % 15, the app's default is 0) and a prefix.
    redisUrl: env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/14',
    prefix: 'gremium-bench',
    concurrency,
    // Twice the worker's concurrency keeps every worker slot busy without piling up pool waits.
    loadConcurrency: Number(env.BENCH_LOAD_CONCURRENCY ?? 2 * concurrency),
    catchUpSweep: 'PT5S',
    timerPhaseSweep: 'PT10M',
  };
  return quick
    ? {
        ...common,
        baselineMs: 4_000,
        bullJobs: 10_000,
        engineCommands: 1_000,
        httpCommands: 700,
        latencySeconds: 5,
        profileCommands: 250,
        timers: 1_000,
        timerSpanMs: 15_000,
        catchUpTimers: 600,
        listProcesses: 20_000,
        listEventsPerProcess: 10,
        listSamples: 20,
      }
    : {
        ...common,
        baselineMs: 15_000,
        bullJobs: 100_000,
        engineCommands: 8_000,
        httpCommands: 6_000,
        latencySeconds: 15,
        profileCommands: 2_000,
        timers: 10_000,
        timerSpanMs: 60_000,
        catchUpTimers: 10_000,
        listProcesses: 100_000,
        listEventsPerProcess: 10,
        listSamples: 50,
      };
}
