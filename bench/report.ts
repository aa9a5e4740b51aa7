import { cpus } from 'node:os';
import type { BullBaseline, PgBaseline } from './baselines';
import type { Usage } from './meter';
import type { BenchOptions } from './options';
import type {
  CatchUpResult,
  ListResult,
  LoadResult,
  ProfileResult,
  SplitResult,
  TimerResult,
} from './phases';
import type { CpuHotspot, MemoryReport, ProfileReport } from './protocol';
import { round, table, type LoadSummary } from './stats';

export interface Results {
  bull?: BullBaseline;
  pg?: PgBaseline;
  pgbench?: number | null;
  engineShaped?: PgBaseline;
  engine?: LoadResult;
  http?: LoadResult;
  split?: SplitResult;
  timers?: TimerResult;
  catchUp?: CatchUpResult;
  lists?: ListResult[];
  profile?: ProfileResult;
  rssIdle?: number;
  rssLoad?: number;
  heapAfterLoad?: MemoryReport;
  loadAverage: number[];
  seconds?: number;
}

const pct = (value: number) => `${round(value)}%`;

function loadRows(name: string, result: LoadResult): string[][] {
  const row = (label: string, s: LoadSummary, u: Usage) => [
    label,
    String(s.count),
    round(s.perSec, 1).toString(),
    round(s.p50Ms, 1).toString(),
    round(s.p95Ms, 1).toString(),
    round(s.p99Ms, 1).toString(),
    String(s.waited),
    String(s.count - s.applied),
    pct(u.appCpuPct),
    pct(u.pgCpuPct),
    pct(u.runnerPct),
    pct(u.othersPct),
  ];
  return [
    row(`${name}, saturated`, result.saturated, result.saturatedUsage),
    row(`${name} at ${result.rate}/s (50%)`, result.atHalf, result.atHalfUsage),
  ];
}

/** What the commands that were not applied came back with, so that a run's "not applied" can be read. */
function notAppliedLines(r: Results): string[] {
  const results: [string, LoadResult | undefined][] = [
    ['intake', r.engine],
    ['HTTP', r.http],
    ['intake, worker apart', r.split?.intake],
    ['HTTP, worker apart', r.split?.http],
  ];
  const lines: string[] = [];
  for (const [name, result] of results) {
    if (!result) continue;
    for (const [phase, summary] of [
      ['saturated', result.saturated],
      ['at 50%', result.atHalf],
    ] as const)
      for (const [status, count] of Object.entries(summary.other))
        lines.push(`  not applied, ${name} ${phase}: ${count} × ${status}`);
  }
  return lines;
}

function profileSection(name: string, commands: number, report: ProfileReport, usage: Usage): string {
  const phases = Object.entries(report.phases)
    .sort((a, b) => b[1].totalMs - a[1].totalMs)
    .map(([phase, stat]) => [
      phase,
      round(stat.count / commands, 2).toString(),
      round(stat.totalMs / commands, 1).toString(),
      round(stat.p50Ms, 1).toString(),
      round(stat.p99Ms, 1).toString(),
    ]);
  const byScope = new Map<string, number>();
  for (const stat of report.sql) byScope.set(stat.scope, (byScope.get(stat.scope) ?? 0) + stat.count);
  const total = [...byScope.values()].reduce((sum, n) => sum + n, 0);
  const sql = report.sql.map((stat) => [
    stat.scope,
    stat.statement,
    round(stat.count / commands, 2).toString(),
    round(stat.totalMs / stat.count, 2).toString(),
  ]);
  return [
    `${name}: time per phase (${commands} commands; wall clock, phases nest)`,
    table([['phase', 'calls/cmd', 'ms/cmd', 'p50 ms', 'p99 ms'], ...phases]),
    '',
    `${name}: SQL round trips per command: ${round(total / commands, 1)} (` +
      [...byScope.entries()].map(([scope, n]) => `${scope} ${round(n / commands, 1)}`).join(', ') +
      `); Redis commands per command (server-wide counter): ${round(usage.redisCalls / commands, 1)}; ` +
      `CPU: app ${pct(usage.appCpuPct)}, PG ${pct(usage.pgCpuPct)}, runner ${pct(usage.runnerPct)}, others ${pct(usage.othersPct)}`,
    table([['scope', 'statement', 'per cmd', 'ms each (issue → callback)'], ...sql]),
  ].join('\n');
}

function hotspotSection(run: string, hotspots: readonly CpuHotspot[]): string {
  const byOrigin = new Map<string, number>();
  for (const spot of hotspots) {
    const origin = spot.where.startsWith('(') ? spot.where : spot.where.split(' ')[0];
    byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + spot.share);
  }
  const origins = [...byOrigin.entries()].sort((a, b) => b[1] - a[1]).slice(0, 14);
  return [
    `app process CPU profile during the ${run} run: self time by package (native calls charged to their caller)`,
    table([['package', 'share'], ...origins.map(([o, s]) => [o, pct(s * 100)])]),
    '',
    table([
      ['top functions by self time', 'self ms', 'share'],
      ...hotspots
        .slice(0, 20)
        .map((h) => [h.where.slice(0, 100), round(h.selfMs).toString(), pct(h.share * 100)]),
    ]),
  ].join('\n');
}

export function render(options: BenchOptions, r: Results): string {
  const out: string[] = [];
  const scaled = (text: string) => (options.quick ? ` (quick; full: ${text})` : '');
  out.push(
    `Gremium bench — ${options.quick ? 'QUICK (counts scaled down, see rows)' : 'full'} — ${cpus().length} cores, ` +
      `WORKER_CONCURRENCY ${options.concurrency}, load average at start ${r.loadAverage.map((v) => round(v, 2)).join(' ')}`,
  );
  if (r.bull && r.pg) {
    out.push('');
    out.push(
      table([
        ['baseline', 'per second', 'how'],
        [
          'BullMQ no-op jobs',
          round(r.bull.drainJobsPerSec).toString(),
          `${r.bull.jobs} queued jobs drained by a Worker at concurrency ${options.concurrency}`,
        ],
        [
          'BullMQ single adds',
          round(r.bull.addJobsPerSec).toString(),
          `addBulk([1 job]), ${options.concurrency} in flight (how the engine publishes)`,
        ],
        [
          'PostgreSQL transition-shaped tx',
          round(r.pg.tps, 1).toString(),
          `${r.pg.clients} pg clients, prepared, ${r.pg.statementsPerTx} statements/tx, ${r.pg.transactions} tx`,
        ],
        [
          'same tx with pgbench',
          r.pgbench == null ? 'n/a' : round(r.pgbench, 1).toString(),
          `pgbench -M prepared -c ${options.concurrency} -j 2 (C client)`,
        ],
        ...(r.engineShaped
          ? [
              [
                "the engine's SQL, raw pg (cmds)",
                round(r.engineShaped.tps, 1).toString(),
                `the ${r.engineShaped.statementsPerTx} statements one command costs the engine (2 tx), raw pg, no ORM/Redis`,
              ],
            ]
          : []),
      ]),
    );
  }
  const loads = [
    ...(r.engine ? loadRows('intake', r.engine) : []),
    ...(r.http ? loadRows('HTTP', r.http) : []),
    ...(r.split ? loadRows('intake, worker apart', r.split.intake) : []),
    ...(r.split ? loadRows('HTTP, worker apart', r.split.http) : []),
  ];
  if (loads.length > 0) {
    out.push('');
    out.push(
      table([
        [
          'commands',
          'count',
          'applied/s',
          'p50 ms',
          'p95 ms',
          'p99 ms',
          'waited',
          'not applied',
          'app CPU',
          'PG CPU',
          'runner',
          'others',
        ],
        ...loads,
      ]),
    );
    out.push(
      `  saturated = closed loop with ${options.loadConcurrency} in flight; latency = submit → decision seen by the caller; ` +
        `waited = answered before the decision (intake wait over / HTTP 202), then polled; CPU 100% = one core.`,
    );
    if (r.split)
      out.push(
        '  worker apart = the app with WORKER=off and dist/apps/worker/main.js beside it; app CPU counts both processes.',
      );
    for (const line of notAppliedLines(r)) out.push(line);
  }
  const rows: string[][] = [];
  if (r.timers)
    rows.push(
      [
        'timer lateness p50 / p99',
        `${round(r.timers.appliedP50)} / ${round(r.timers.appliedP99)} ms`,
        `${r.timers.count} timers due within ${r.timers.spanMs / 1000} s${scaled('10k in 60 s')}, the first due ${round(r.timers.leadMs / 1000)} s after creation began ` +
          `(so each gets a delayed job: TIMER_SWEEP_INTERVAL ${options.timerPhaseSweep}); intended due → transition committed`,
      ],
      [
        '  due → timer fired',
        `${round(r.timers.firedP50)} / ${round(r.timers.firedP99)} ms`,
        `timer row marked fired; ${r.timers.createdLate} created after their due time`,
      ],
    );
  if (r.catchUp)
    rows.push([
      'catch-up of overdue timers',
      `${r.catchUp.ms} ms`,
      `${r.catchUp.count} timers${scaled('10k')}, from worker process start (boot ${r.catchUp.bootMs} ms), TIMER_SWEEP_INTERVAL ${r.catchUp.sweep}; ` +
        `the sweeper fires ≤ 500 per sweep and sweeps again at once while sweeps come back full`,
    ]);
  if (r.rssIdle !== undefined)
    rows.push(['RSS idle', `${round(r.rssIdle)} MiB`, 'api + embedded worker, 3 s after boot']);
  if (r.rssLoad !== undefined)
    rows.push([
      'RSS under load (peak)',
      `${round(r.rssLoad)} MiB`,
      'sampled every 200 ms during the command and timer phases',
    ]);
  if (r.heapAfterLoad)
    rows.push([
      '  after the command phases',
      `${r.heapAfterLoad.rssMb} MiB`,
      `V8 heap used ${r.heapAfterLoad.heapUsedMb} of ${r.heapAfterLoad.heapTotalMb} MiB, external ${r.heapAfterLoad.externalMb} MiB`,
    ]);
  if (rows.length > 0) {
    out.push('');
    out.push(table([['timers and memory', 'figure', 'detail'], ...rows]));
  }
  if (r.lists) {
    out.push('');
    out.push(
      table([
        [
          `lists over ${options.listProcesses} + engine processes, ${options.listProcesses * options.listEventsPerProcess} + audit events${scaled('100k / 1M')}`,
          'total',
          'p50 ms',
          'p95 ms',
        ],
        ...r.lists.map((l) => [l.name, l.total, round(l.p50, 1).toString(), round(l.p95, 1).toString()]),
      ]),
    );
  }
  if (r.profile) {
    out.push('');
    out.push(
      profileSection('intake (in-process)', r.profile.commands, r.profile.intake, r.profile.intakeUsage),
    );
    out.push('');
    out.push(profileSection('HTTP', r.profile.commands, r.profile.http, r.profile.httpUsage));
    out.push('');
    out.push(hotspotSection('intake', r.profile.hotspots));
    out.push('');
    out.push(hotspotSection('HTTP', r.profile.httpHotspots));
  }
  if (r.seconds !== undefined) out.push('', `bench took ${round(r.seconds)} s`);
  return out.join('\n');
}

export function summaryJson(options: BenchOptions, r: Results): string {
  const engineTps = r.engine ? round(r.engine.saturated.perSec, 1) : null;
  const pgBaselineTps = r.pg ? round(r.pg.tps, 1) : null;
  const num = (value: number | undefined, digits = 1) => (value === undefined ? null : round(value, digits));
  const lists = r.lists;
  const listP95 = (resource: string, kind: ListResult['kind']) =>
    lists?.find((l) => l.resource === resource && l.kind === kind)?.p95;
  return JSON.stringify({
    mode: options.quick ? 'quick' : 'full',
    engineTps,
    httpTps: num(r.http?.saturated.perSec),
    pgBaselineTps,
    pgbenchTps: r.pgbench == null ? null : round(r.pgbench, 1),
    engineShapedSqlTps: num(r.engineShaped?.tps),
    bullmqBaselineJobsPerSec: num(r.bull?.drainJobsPerSec, 0),
    ratio: engineTps !== null && pgBaselineTps ? round(engineTps / pgBaselineTps, 3) : null,
    httpRatio: r.http && pgBaselineTps ? round(r.http.saturated.perSec / pgBaselineTps, 3) : null,
    workerApartTps: num(r.split?.intake.saturated.perSec),
    workerApartRatio:
      r.split && pgBaselineTps ? round(r.split.intake.saturated.perSec / pgBaselineTps, 3) : null,
    httpWorkerApartTps: num(r.split?.http.saturated.perSec),
    httpWorkerApartP99Ms: num(r.split?.http.atHalf.p99Ms),
    p50Ms: num(r.engine?.atHalf.p50Ms),
    p95Ms: num(r.engine?.atHalf.p95Ms),
    p99Ms: num(r.engine?.atHalf.p99Ms),
    httpP99Ms: num(r.http?.atHalf.p99Ms),
    timerLatenessP50Ms: num(r.timers?.appliedP50, 0),
    timerLatenessP99Ms: num(r.timers?.appliedP99, 0),
    timers: r.timers?.count ?? null,
    catchUpMs: r.catchUp?.ms ?? null,
    catchUpTimers: r.catchUp?.count ?? null,
    listP95Ms: lists
      ? round(Math.max(listP95('processes', 'page1') ?? 0, listP95('processes', 'offset') ?? 0), 1)
      : null,
    listPage1P95Ms: num(listP95('processes', 'page1')),
    listDeepP95Ms: num(listP95('processes', 'offset')),
    listCursorP95Ms: num(listP95('processes', 'cursor')),
    auditPage1P95Ms: num(listP95('audit-events', 'page1')),
    auditDeepP95Ms: num(listP95('audit-events', 'offset')),
    auditCursorP95Ms: num(listP95('audit-events', 'cursor')),
    listTotal: lists ? Number(lists[0].total) : null,
    rssMb: num(r.rssLoad, 0),
    rssIdleMb: num(r.rssIdle, 0),
  });
}
