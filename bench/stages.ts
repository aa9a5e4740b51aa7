import type { Sample, Stages } from './protocol';
import { percentile } from './stats';

type Method = (this: unknown, ...args: unknown[]) => unknown;

/** Calls `seen` with the command ids a method is called with, and when, before it runs. */
function onCall(prototype: object, method: string, seen: (ids: readonly string[], at: number) => void): void {
  const target = prototype as Record<string, Method>;
  const original = target[method];
  if (typeof original !== 'function') throw new Error(`cannot trace stages: no method ${method}`);
  target[method] = function (this: unknown, ...args: unknown[]) {
    seen(args[0] as readonly string[], Date.now());
    return original.apply(this, args);
  };
}

/**
 * When an intake command was stored and when a worker's batch took it up, by command id
 * (`BENCH_STAGES=1`): the dispatch's `send` (called once the insert returned) and the applier's `applyMany`
 * are wrapped at runtime, nothing in libs/ changes. A command's decision time is the batch's clock right
 * after its lock.
 */
export class StageClock {
  private readonly stored = new Map<string, number>();
  private readonly batched = new Map<string, number>();

  install(dispatch: object, applier: object): void {
    onCall(dispatch, 'send', (ids, at) => ids.forEach((id) => this.stored.set(id, at)));
    // A command a failed batch left queued is taken up again: its first batch counts.
    onCall(applier, 'applyMany', (ids, at) =>
      ids.forEach((id) => this.batched.has(id) || this.batched.set(id, at)),
    );
  }

  /** The stages of a command the intake answered with its decision; forgets them. */
  take(command: { id: string; decidedAt: Date | null }): Stages | undefined {
    const storedAt = this.stored.get(command.id);
    const batchedAt = this.batched.get(command.id);
    this.stored.delete(command.id);
    this.batched.delete(command.id);
    if (storedAt === undefined || batchedAt === undefined || !command.decidedAt) return undefined;
    return { storedAt, batchedAt, lockedAt: command.decidedAt.getTime() };
  }
}

export interface StageShare {
  stage: string;
  p50Ms: number;
  p90Ms: number;
  /** Of the slow commands' whole time. */
  share: number;
}

const STAGES: readonly [string, (sample: Sample, stages: Stages) => number][] = [
  ['read, check and store', (s, t) => t.storedAt - s.startedAt],
  ['wait for a worker', (s, t) => t.batchedAt - t.storedAt],
  ['begin and lock', (s, t) => t.lockedAt - t.batchedAt],
  ['decide, commit and answer', (s, t) => s.decidedAt - t.lockedAt],
];

/** Where the time of the commands slower than `slowerThanMs` went, stage by stage. */
export function slowStages(
  samples: readonly Sample[],
  slowerThanMs: number,
): { slow: number; traced: number; stages: StageShare[] } {
  const slow = samples.filter((sample) => sample.decidedAt - sample.startedAt > slowerThanMs);
  const traced = slow.filter((sample) => sample.stages) as (Sample & { stages: Stages })[];
  const total = traced.reduce((sum, sample) => sum + sample.decidedAt - sample.startedAt, 0);
  const stages = STAGES.map(([stage, span]) => {
    const spans = traced.map((sample) => span(sample, sample.stages));
    return {
      stage,
      p50Ms: percentile(spans, 50),
      p90Ms: percentile(spans, 90),
      share: total === 0 ? 0 : spans.reduce((sum, ms) => sum + ms, 0) / total,
    };
  });
  return { slow: slow.length, traced: traced.length, stages };
}
