import { readFileSync } from 'node:fs';
import type { Sample } from './protocol';

/**
 * The app's full garbage collections, read from its log when it runs with `--trace-gc`
 * (`BENCH_APP_NODE_ARGS=--trace-gc`), and how much of a half-load phase's tail fell into them.
 */
export interface FullCollection {
  /** When the atomic pause began, epoch milliseconds (the log gives milliseconds since the isolate started). */
  at: number;
  pauseMs: number;
  /** Wall time from the start of incremental marking to the pause (0 when it did not mark incrementally). */
  markingMs: number;
}

// [pid:isolate]   43641 ms: Mark-Compact 119.8 (174.6) -> 71.3 (167.3) MB, pooled: 7 MB, 8.75 / 0.27 ms  (+ 16.8 ms
// in 478 steps since start of marking, biggest step 0.4 ms, walltime since start of marking 86 ms) ...
const FULL_COLLECTION = /\s(\d+(?:\.\d+)?) ms: Mark-Compact[^,]*, (?:pooled: [\d.]+ MB, )?(\d+(?:\.\d+)?) \//;
const MARKING = /walltime since start of marking (\d+(?:\.\d+)?) ms/;

export function tracesGc(nodeArgs: readonly string[]): boolean {
  return nodeArgs.includes('--trace-gc');
}

/** The full collections in a log that starts with the app's start; `startedAt` is when it was spawned. */
export function fullCollections(logText: string, startedAt: number): FullCollection[] {
  const collections: FullCollection[] = [];
  for (const line of logText.split('\n')) {
    const full = FULL_COLLECTION.exec(line);
    if (!full) continue;
    collections.push({
      at: startedAt + Number(full[1]),
      pauseMs: Number(full[2]),
      markingMs: Number(MARKING.exec(line)?.[1] ?? 0),
    });
  }
  return collections;
}

export function readFullCollections(logFile: string, fromByte: number, startedAt: number): FullCollection[] {
  return fullCollections(readFileSync(logFile).subarray(fromByte).toString('utf8'), startedAt);
}

export interface TailInCollections {
  /** Full collections whose marking or pause overlapped the phase. */
  collections: number;
  slow: number;
  /** Of the slow commands, those in flight while a full collection marked or paused the app. */
  slowDuringCollections: number;
}

export function tailInCollections(
  samples: readonly Sample[],
  collections: readonly FullCollection[],
  slowerThanMs: number,
): TailInCollections {
  const windows = collections.map((c) => ({ from: c.at - c.markingMs, to: c.at + c.pauseMs }));
  const first = Math.min(...samples.map((s) => s.startedAt));
  const last = Math.max(...samples.map((s) => s.decidedAt));
  const slow = samples.filter((s) => s.decidedAt - s.startedAt > slowerThanMs);
  return {
    collections: windows.filter((w) => w.to >= first && w.from <= last).length,
    slow: slow.length,
    slowDuringCollections: slow.filter((s) =>
      windows.some((w) => s.startedAt <= w.to && s.decidedAt >= w.from),
    ).length,
  };
}
