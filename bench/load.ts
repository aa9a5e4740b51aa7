import type { Sample } from './protocol';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs every item with at most `concurrency` in flight (closed loop: saturates the system under test). */
export async function closedLoop<T>(
  items: readonly T[],
  concurrency: number,
  run: (item: T) => Promise<Sample>,
): Promise<Sample[]> {
  const samples: Sample[] = new Array<Sample>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      samples[index] = await guarded(run, items[index]);
    }
  });
  await Promise.all(lanes);
  return samples;
}

/** Starts one item every 1/rate seconds whatever the answers do (open loop: latency at a given load). */
export async function openLoop<T>(
  items: readonly T[],
  ratePerSec: number,
  run: (item: T) => Promise<Sample>,
): Promise<Sample[]> {
  const interval = 1000 / ratePerSec;
  const origin = performance.now();
  const pending: Promise<Sample>[] = [];
  for (const [index, item] of items.entries()) {
    const wait = origin + index * interval - performance.now();
    if (wait >= 1) await sleep(wait);
    pending.push(guarded(run, item));
  }
  return Promise.all(pending);
}

async function guarded<T>(run: (item: T) => Promise<Sample>, item: T): Promise<Sample> {
  const startedAt = Date.now();
  try {
    return await run(item);
  } catch (error) {
    return { startedAt, decidedAt: Date.now(), status: `error: ${String(error)}`, waited: false };
  }
}
