import { cpus } from 'node:os';
import type Redis from 'ioredis';
import type { Client } from 'pg';
import { cpuSeconds, machineJiffies } from './app-process';
import { backendPids } from './bench-db';

interface Reading {
  at: number;
  appCpu: number;
  runnerCpu: number;
  backends: Map<number, number>;
  machine: { busy: number; total: number };
  redisCalls: number;
}

export interface Usage {
  seconds: number;
  /** Share of one core used by the app process and its worker process if any (100 = one full core). */
  appCpuPct: number;
  /** Share of one core used by the PostgreSQL backends of the bench database. */
  pgCpuPct: number;
  /** Share of the whole machine busy (100 = every core). */
  machinePct: number;
  /** Share of one core used by the bench runner (the HTTP load generator). */
  runnerPct: number;
  /** Share of one core used by everything else on the machine (Redis, the kernel, other work). */
  othersPct: number;
  /** Redis commands executed by the server (all clients; the bench is the only heavy one). */
  redisCalls: number;
}

/** Reads CPU, transaction and Redis counters before and after a phase. */
export class Meter {
  constructor(
    private readonly sql: Client,
    private readonly redis: Redis,
    private readonly database: string,
  ) {}

  /** `appPids`: the engine's processes (the app, and a worker process beside it when there is one). */
  async read(appPids: readonly number[]): Promise<Reading> {
    const backends = new Map<number, number>();
    for (const pid of await backendPids(this.sql, this.database)) backends.set(pid, cpuSeconds(pid));
    return {
      at: performance.now(),
      appCpu: appPids.reduce((sum, pid) => sum + cpuSeconds(pid), 0),
      runnerCpu: cpuSeconds(process.pid),
      backends,
      machine: machineJiffies(),
      redisCalls: await this.redisCalls(),
    };
  }

  async since(before: Reading, appPids: readonly number[]): Promise<Usage> {
    const after = await this.read(appPids);
    const seconds = (after.at - before.at) / 1000;
    let pg = 0;
    for (const [pid, cpu] of after.backends) pg += cpu - (before.backends.get(pid) ?? 0);
    const machineBusy = after.machine.busy - before.machine.busy;
    const machineTotal = after.machine.total - before.machine.total;
    const appCpuPct = ((after.appCpu - before.appCpu) / seconds) * 100;
    const pgCpuPct = (pg / seconds) * 100;
    const machinePct = machineTotal > 0 ? (machineBusy / machineTotal) * 100 : 0;
    const runnerPct = ((after.runnerCpu - before.runnerCpu) / seconds) * 100;
    const cores = cpus().length;
    return {
      seconds,
      appCpuPct,
      pgCpuPct,
      machinePct,
      runnerPct,
      othersPct: Math.max(0, machinePct * cores - appCpuPct - pgCpuPct - runnerPct),
      redisCalls: after.redisCalls - before.redisCalls,
    };
  }

  private async redisCalls(): Promise<number> {
    const info = await this.redis.info('commandstats');
    let calls = 0;
    for (const match of info.matchAll(/^cmdstat_[^:]+:calls=(\d+)/gm)) calls += Number(match[1]);
    return calls;
  }
}
