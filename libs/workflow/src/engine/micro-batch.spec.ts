import { MicroBatch } from './micro-batch';

/** A run function that records its calls and answers when the test lets it. */
function recorder(fail: (items: number[]) => boolean = () => false) {
  const calls: number[][] = [];
  const gates: (() => void)[] = [];
  const run = async (items: number[]) => {
    calls.push(items);
    await new Promise<void>((open) => gates.push(open));
    if (fail(items)) throw new Error(`failed ${items.join(',')}`);
    return items.map((item) => item * 10);
  };
  const openAll = async () => {
    while (gates.length > 0) {
      gates.shift()!();
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return { calls, run, openAll };
}

describe('MicroBatch', () => {
  it('runs the first item at once and groups those submitted meanwhile, answering each its own result', async () => {
    const { calls, run, openAll } = recorder();
    const batch = new MicroBatch('test', run, { maxBatch: 10, maxRunning: 1 });
    const results = [1, 2, 3, 4].map((item) => batch.submit(item));
    expect(calls).toEqual([[1]]);
    await openAll();
    await expect(Promise.all(results)).resolves.toEqual([10, 20, 30, 40]);
    expect(calls).toEqual([[1], [2, 3, 4]]);
  });

  it('keeps groups within maxBatch and runs up to maxRunning at once', async () => {
    const { calls, run, openAll } = recorder();
    const batch = new MicroBatch('test', run, { maxBatch: 2, maxRunning: 2 });
    const results = [1, 2, 3, 4, 5, 6].map((item) => batch.submit(item));
    expect(calls).toEqual([[1], [2]]);
    await openAll();
    await Promise.all(results);
    expect(calls).toEqual([[1], [2], [3, 4], [5, 6]]);
  });

  it('runs a failed group one by one, so only the item that fails on its own is rejected', async () => {
    const { calls, run, openAll } = recorder((items) => items.includes(3));
    const batch = new MicroBatch('test', run, { maxBatch: 10, maxRunning: 1 });
    const results = [1, 2, 3, 4].map((item) => batch.submit(item).catch((error: Error) => error.message));
    await openAll();
    await expect(Promise.all(results)).resolves.toEqual([10, 20, 'failed 3', 40]);
    expect(calls).toEqual([[1], [2, 3, 4], [2], [3], [4]]);
  });
});
