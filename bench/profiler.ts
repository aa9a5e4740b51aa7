import { AsyncLocalStorage } from 'node:async_hooks';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { CpuHotspot, PhaseStat, ProfileReport, SqlStat } from './protocol';

type Method = (this: unknown, ...args: unknown[]) => unknown;
type Callback = (error: unknown, result: unknown) => void;

const scopes = new AsyncLocalStorage<string>();

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * "select command for update", "insert outbox_message", "begin", ...; a prepared statement of the engine by
 * its name ("gremium_batch_write").
 */
export function statementKind(sql: string, name?: string): string {
  if (name) return name;
  const text = sql.trim().toLowerCase();
  const verb = /^\w+/.exec(text)?.[0] ?? '?';
  if (['begin', 'commit', 'rollback', 'savepoint', 'release', 'listen'].includes(verb)) return verb;
  if (text.includes('pg_notify')) return 'select pg_notify';
  if (text.includes('pg_try_advisory')) return 'select advisory lock';
  const table =
    /\b(?:from|into|update)\s+"?([a-z_]+)"?/.exec(text)?.[1] ??
    /\bjoin\s+"?([a-z_]+)"?/.exec(text)?.[1] ??
    '';
  const lock = /\bfor (?:no key )?update\b/.test(text) ? ' for update' : '';
  const count = /^select count\(/.test(text) ? ' (count)' : '';
  return `${verb} ${table}${count}${lock}`.trim();
}

/**
 * Runtime instrumentation of the app process for the bench's profile phase: times named methods (by
 * wrapping prototypes, nothing in libs/ changes) and counts every SQL round trip at the pg driver, each
 * attributed to the scope (intake, apply, timer, ...) whose async call chain issued it.
 */
export class Profiler {
  private readonly phases = new Map<string, number[]>();
  private readonly sql = new Map<string, SqlStat>();
  private session: Session | null = null;

  record(phase: string, ms: number): void {
    const list = this.phases.get(phase) ?? [];
    list.push(ms);
    this.phases.set(phase, list);
  }

  /** Wraps an async method: its duration is recorded under `phase` (prefixed by the current scope). */
  time(prototype: object, method: string, phase: string, scope?: string): void {
    const target = prototype as Record<string, Method>;
    const original = target[method];
    if (typeof original !== 'function') throw new Error(`cannot instrument ${phase}: no method ${method}`);
    const record = (name: string, ms: number) => this.record(name, ms);
    target[method] = function (this: unknown, ...args: unknown[]) {
      const outer = scopes.getStore();
      const name = scope ? phase : `${outer ?? 'other'}: ${phase}`;
      const started = performance.now();
      const call = () => original.apply(this, args);
      const result = scope ? scopes.run(scope, call) : call();
      if (result instanceof Promise) {
        return result.finally(() => record(name, performance.now() - started));
      }
      record(name, performance.now() - started);
      return result;
    };
  }

  /** Counts and times every query sent by any pg client of the process. */
  countSql(): void {
    const prototype = pg.Client.prototype as unknown as Record<string, Method>;
    const original = prototype.query;
    const addSql = (key: string, ms: number) => this.addSql(key, ms);
    prototype.query = function (this: unknown, ...args: unknown[]) {
      const first = args[0] as string | { text?: string; name?: string } | undefined;
      const kind =
        typeof first === 'string' ? statementKind(first) : statementKind(first?.text ?? '', first?.name);
      const key = `${scopes.getStore() ?? 'other'}|${kind}`;
      const started = performance.now();
      const done = () => addSql(key, performance.now() - started);
      const last = args.length - 1;
      if (typeof args[last] === 'function') {
        const callback = args[last] as Callback;
        args[last] = (error: unknown, result: unknown) => {
          done();
          callback(error, result);
        };
        return original.apply(this, args);
      }
      const result = original.apply(this, args);
      if (result instanceof Promise) return result.finally(done);
      return result;
    };
  }

  private addSql(key: string, ms: number): void {
    const [scope, statement] = key.split('|');
    const stat = this.sql.get(key) ?? { scope, statement, count: 0, totalMs: 0 };
    stat.count += 1;
    stat.totalMs += ms;
    this.sql.set(key, stat);
  }

  reset(): void {
    this.phases.clear();
    this.sql.clear();
  }

  report(): ProfileReport {
    const phases: Record<string, PhaseStat> = {};
    for (const [name, values] of this.phases) {
      const sorted = [...values].sort((a, b) => a - b);
      phases[name] = {
        count: sorted.length,
        totalMs: sorted.reduce((sum, v) => sum + v, 0),
        p50Ms: percentile(sorted, 50),
        p99Ms: percentile(sorted, 99),
      };
    }
    return { phases, sql: [...this.sql.values()].sort((a, b) => b.count - a.count) };
  }

  async startCpuProfile(): Promise<void> {
    this.session = new Session();
    this.session.connect();
    await this.session.post('Profiler.enable');
    await this.session.post('Profiler.setSamplingInterval', { interval: 500 });
    await this.session.post('Profiler.start');
  }

  /** Self time per function, with the package (or app code) it belongs to; the profile is kept as `<name>.cpuprofile`. */
  async stopCpuProfile(name: string): Promise<CpuHotspot[]> {
    if (!this.session) return [];
    const { profile } = await this.session.post('Profiler.stop');
    this.session.disconnect();
    // For a closer look: open it in Chrome DevTools (Performance → Load profile).
    writeFileSync(join(__dirname, 'logs', `${name}.cpuprofile`), JSON.stringify(profile));
    this.session = null;
    const byNode = new Map<number, number>();
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    // The first delta runs from the profile's start to its first sample, the profiler's own `post`
    // (hundreds of ms charged to one frame): it is no sample of the app's work.
    for (const [index, nodeId] of samples.entries())
      if (index > 0) byNode.set(nodeId, (byNode.get(nodeId) ?? 0) + (deltas[index] ?? 0));
    const parents = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    // A native leaf (a socket write, JSON.parse, ...) is charged to the nearest caller with a location.
    const located = (id: number): string => {
      for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
        const frame = nodes.get(at)!.callFrame;
        if (frame.url) return describe(frame);
      }
      return describe(nodes.get(id)!.callFrame);
    };
    const selfByWhere = new Map<string, number>();
    let total = 0;
    for (const node of profile.nodes) {
      const micros = byNode.get(node.id) ?? 0;
      if (micros === 0) continue;
      total += micros;
      const own = describe(node.callFrame);
      const where = node.callFrame.url || own.startsWith('(') ? own : `${located(node.id)} → ${own}`;
      selfByWhere.set(where, (selfByWhere.get(where) ?? 0) + micros);
    }
    return [...selfByWhere.entries()]
      .map(([where, micros]) => ({ where, selfMs: micros / 1000, share: total ? micros / total : 0 }))
      .sort((a, b) => b.selfMs - a.selfMs);
  }
}

function describe(frame: { functionName: string; url: string; lineNumber: number }): string {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return name;
  const packageName = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(frame.url)?.[1];
  const origin = packageName
    ? packageName
    : frame.url.startsWith('node:')
      ? 'node'
      : frame.url.includes('/dist/bench/')
        ? 'gremium'
        : frame.url;
  return `${origin} ${name}`;
}
