import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, closeSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type {
  AppOp,
  AppRequest,
  AppResults,
  ReadyMessage,
  RequestEnvelope,
  ResponseEnvelope,
} from './protocol';
import HEAP_FLAGS from '../scripts/node-heap-flags.json';
import { readFullCollections, tracesGc, type FullCollection } from './gc-trace';

const APP_ENTRY = join(__dirname, 'app.js');
const CLOCK_TICKS_PER_SEC = 100;

export interface AppProcessOptions {
  env: Record<string, string>;
  logFile: string;
}

/** Resident set size of a process, in MiB (from /proc). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/** CPU seconds (user + system) a process has used so far. */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SEC;
  } catch {
    return 0;
  }
}

/** Busy and total jiffies of the whole machine, for machine-wide CPU use over a phase. */
export function machineJiffies(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
  const values = line.trim().split(/\s+/).slice(1).map(Number);
  const total = values.reduce((sum, v) => sum + v, 0);
  const idle = values[3] + (values[4] ?? 0);
  return { busy: total - idle, total };
}

/** The app (API + embedded worker) as a child process, driven over HTTP and IPC. */
export class AppProcess {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private peakRss = 0;
  private sampler: NodeJS.Timeout | null = null;
  private exited: Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
    readonly adminUserId: string,
    readonly startedAt: number,
    readonly readyAt: number,
    /** Where the app's `--trace-gc` lines begin in its log (the file is appended to); null when it runs without. */
    private readonly gcLog: { file: string; offset: number } | null,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    child.on('message', (message: ResponseEnvelope) => {
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      if (message.ok) waiting.resolve(message.result);
      else waiting.reject(new Error(message.error));
    });
    child.once('exit', (code) => {
      for (const waiting of this.pending.values()) waiting.reject(new Error(`app exited with ${code}`));
      this.pending.clear();
    });
  }

  static async start(options: AppProcessOptions): Promise<AppProcess> {
    const log = openSync(options.logFile, 'a');
    const logOffset = statSync(options.logFile).size;
    const startedAt = Date.now();
    // The product's heap flags, then e.g. BENCH_APP_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/profiles' (not
    // allowed in NODE_OPTIONS), which may override them.
    const nodeArgs = process.env.BENCH_APP_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    const child = spawn(process.execPath, [...HEAP_FLAGS, ...nodeArgs, APP_ENTRY], {
      env: { ...process.env, ...options.env },
      stdio: ['ignore', log, log, 'ipc'],
    });
    closeSync(log);
    const ready = await new Promise<ReadyMessage>((resolve, reject) => {
      const onExit = (code: number | null) =>
        reject(new Error(`the app exited with ${code} before it was ready; see ${options.logFile}`));
      child.once('exit', onExit);
      child.once('message', (message: ReadyMessage) => {
        child.off('exit', onExit);
        resolve(message);
      });
    });
    const gcLog = tracesGc(nodeArgs) ? { file: options.logFile, offset: logOffset } : null;
    return new AppProcess(child, ready.port, ready.adminUserId, startedAt, Date.now(), gcLog);
  }

  /** The app's full garbage collections so far, when it runs with `--trace-gc`. */
  fullCollections(): FullCollection[] | null {
    return this.gcLog && readFullCollections(this.gcLog.file, this.gcLog.offset, this.startedAt);
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  /** Processes whose CPU counts as the app's: this one and a worker process started beside it. */
  readonly companions: number[] = [];

  get pids(): number[] {
    return [this.pid, ...this.companions];
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  request<Op extends AppOp>(request: Extract<AppRequest, { op: Op }>): Promise<AppResults[Op]> {
    const id = this.nextId++;
    return new Promise<AppResults[Op]>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.child.send({ id, request } satisfies RequestEnvelope);
    });
  }

  rss(): number {
    return rssMb(this.pid);
  }

  /** Samples RSS every 200 ms until stopped; returns the peak. */
  watchRss(): () => number {
    this.peakRss = this.rss();
    this.sampler = setInterval(() => {
      try {
        this.peakRss = Math.max(this.peakRss, this.rss());
      } catch {
        // the process is gone
      }
    }, 200);
    return () => {
      if (this.sampler) clearInterval(this.sampler);
      this.sampler = null;
      return this.peakRss;
    };
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    await this.request({ op: 'shutdown' }).catch(() => undefined);
    const timeout = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await this.exited;
    clearTimeout(timeout);
  }
}
