import type { Sample } from './protocol';
import { slowStages, StageClock } from './stages';

const sample = (startedAt: number, decidedAt: number, stages?: Sample['stages']): Sample => ({
  startedAt,
  decidedAt,
  status: 'applied',
  waited: false,
  stages,
});

describe('slowStages', () => {
  it('splits the slow commands’ time into their stages and leaves the fast ones out', () => {
    const samples = [
      sample(0, 10, { storedAt: 2, batchedAt: 3, lockedAt: 5 }),
      sample(100, 140, { storedAt: 110, batchedAt: 120, lockedAt: 130 }),
      sample(200, 260, { storedAt: 205, batchedAt: 215, lockedAt: 220 }),
      sample(300, 330),
    ];
    const { slow, traced, stages } = slowStages(samples, 25);
    expect(slow).toBe(3);
    expect(traced).toBe(2);
    // 100 ms in all: store 10 + 5, wait 10 + 10, lock 10 + 5, the rest 10 + 40.
    expect(stages.map((s) => [s.stage, Math.round(s.share * 100)])).toEqual([
      ['read, check and store', 15],
      ['wait for a worker', 20],
      ['begin and lock', 15],
      ['decide, commit and answer', 50],
    ]);
    expect(stages[3]).toMatchObject({ p50Ms: 10, p90Ms: 40 });
  });

  it('reports no shares when no slow command was traced', () => {
    const { slow, traced, stages } = slowStages([sample(0, 40)], 25);
    expect([slow, traced]).toEqual([1, 0]);
    expect(stages.every((s) => s.share === 0)).toBe(true);
  });
});

describe('StageClock', () => {
  class Dispatch {
    send(ids: readonly string[]) {
      return Promise.resolve(ids.length);
    }
  }
  class Applier {
    applyMany(ids: readonly string[]) {
      return Promise.resolve(ids.length);
    }
  }

  it('notes when a command was stored and first taken up, and forgets it once taken', async () => {
    const clock = new StageClock();
    clock.install(Dispatch.prototype, Applier.prototype);
    await new Dispatch().send(['a', 'b']);
    await new Applier().applyMany(['a']);
    const first = clock.take({ id: 'a', decidedAt: new Date(Date.now() + 5) })!;
    expect(first.storedAt).toBeLessThanOrEqual(first.batchedAt);
    expect(first.lockedAt).toBeGreaterThanOrEqual(first.batchedAt);
    expect(clock.take({ id: 'a', decidedAt: new Date() })).toBeUndefined();
    // b was stored but no batch took it up.
    expect(clock.take({ id: 'b', decidedAt: new Date() })).toBeUndefined();
  });

  it('refuses to trace a method that is not there', () => {
    expect(() => new StageClock().install({}, Applier.prototype)).toThrow('no method send');
  });
});
