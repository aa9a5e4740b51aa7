import { fullCollections, tailInCollections, tracesGc } from './gc-trace';

const LOG = [
  '[15450:0x101a9000]    43520 ms: Scavenge 98.1 (167.3) -> 97.6 (167.3) MB, pooled: 0 MB, 2.10 / 0.00 ms  (average mu = 0.994, current mu = 0.996) task; GC in old space requested',
  '[15450:0x101a9000]    43641 ms: Mark-Compact 119.8 (174.6) -> 71.3 (167.3) MB, pooled: 7 MB, 8.75 / 0.27 ms  (+ 16.8 ms in 478 steps since start of marking, biggest step 0.4 ms, walltime since start of marking 86 ms) (average mu = 0.994, current mu = 0.996) finalize incremental marking via task; GC in old space requested',
  '[Nest] 15450  - 02.12.2026, 15:40:01     LOG [Gremium] listening',
  '[15450:0x101a9000]    47000 ms: Mark-Compact (reduce) 80.1 (150.0) -> 70.0 (140.0) MB, pooled: 0 MB, 30.5 / 0.00 ms  (average mu = 0.994, current mu = 0.990) memory reducer; GC in old space requested',
].join('\n');

const sample = (startedAt: number, ms: number) => ({
  startedAt,
  decidedAt: startedAt + ms,
  status: 'accepted',
  waited: false,
});

describe('the full collections in a --trace-gc log', () => {
  it('reads each full collection, its pause and how long it marked before, and skips scavenges', () => {
    expect(fullCollections(LOG, 1_000_000)).toEqual([
      { at: 1_043_641, pauseMs: 8.75, markingMs: 86 },
      { at: 1_047_000, pauseMs: 30.5, markingMs: 0 },
    ]);
  });

  it('counts the slow commands in flight while one marked or paused the app', () => {
    const collections = [{ at: 10_000, pauseMs: 10, markingMs: 100 }];
    const tail = tailInCollections(
      [
        sample(9_000, 40), // slow, long before the marking began
        sample(9_880, 30), // slow, still in flight when the marking began
        sample(10_005, 50), // slow, sent during the pause
        sample(9_950, 5), // fast, during the marking
        sample(10_011, 20), // after the pause, not slow
      ],
      collections,
      25,
    );
    expect(tail).toEqual({ collections: 1, slow: 3, slowDuringCollections: 2 });
  });

  it('leaves out collections outside the phase', () => {
    const tail = tailInCollections([sample(20_000, 30)], [{ at: 10_000, pauseMs: 10, markingMs: 100 }], 25);
    expect(tail).toEqual({ collections: 0, slow: 1, slowDuringCollections: 0 });
  });

  it('is on only when the app runs with --trace-gc', () => {
    expect(tracesGc(['--cpu-prof', '--trace-gc'])).toBe(true);
    expect(tracesGc(['--trace-gc-verbose'])).toBe(false);
    expect(tracesGc([])).toBe(false);
  });
});
