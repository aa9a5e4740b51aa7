import type { OutgoingJob } from '@gremium/platform';
import { CommandDispatch } from './command-dispatch';
import type { EffectBatch } from './effect-batch';
import type { OutboxPublisher } from './outbox-publisher.service';

/** A publisher that keeps the jobs it was given. */
function recordingPublisher() {
  const published: OutgoingJob[] = [];
  const publisher = {
    flush: (batch: EffectBatch) => {
      published.push(...batch.jobs);
      return Promise.resolve();
    },
  } as unknown as OutboxPublisher;
  return { publisher, published };
}

/** A local worker whose groups finish when the test says so. */
function heldWorker() {
  const taken: { ids: readonly string[]; finish: () => void; fail: (error: Error) => void }[] = [];
  const run = (ids: readonly string[]) =>
    new Promise<void>((resolve, reject) => taken.push({ ids, finish: resolve, fail: reject }));
  return { run, taken };
}

/** A dispatch with a held local worker attached, taking up to `capacity` commands. */
function attachedDispatch(capacity: number) {
  const { publisher, published } = recordingPublisher();
  const worker = heldWorker();
  const dispatch = new CommandDispatch(publisher);
  dispatch.attach(worker.run, capacity);
  return { dispatch, worker, published };
}

const job = (...commandIds: string[]) => ({ queue: 'commands', jobId: commandIds[0], data: { commandIds } });

describe('CommandDispatch', () => {
  it('publishes a group as one job named after its first command while no worker runs here', async () => {
    const { publisher, published } = recordingPublisher();
    await new CommandDispatch(publisher).send(['c-1', 'c-2']);
    expect(published).toEqual([job('c-1', 'c-2')]);
  });

  it('hands groups to the embedded worker while it has room, and publishes the rest', async () => {
    const { dispatch, worker, published } = attachedDispatch(3);

    await dispatch.send(['c-1', 'c-2']);
    await dispatch.send(['c-3', 'c-4']);
    expect(worker.taken.map(({ ids }) => ids)).toEqual([['c-1', 'c-2']]);
    expect(published).toEqual([job('c-3', 'c-4')]);

    worker.taken[0].finish();
    await new Promise(setImmediate);
    await dispatch.send(['c-5']);
    expect(worker.taken.map(({ ids }) => ids)).toEqual([['c-1', 'c-2'], ['c-5']]);
  });

  it('publishes a group the embedded worker could not apply, for BullMQ to retry', async () => {
    const { dispatch, worker, published } = attachedDispatch(10);

    await dispatch.send(['c-1', 'c-2']);
    worker.taken[0].fail(new Error('connection terminated'));
    await dispatch.detach();
    expect(published).toEqual([job('c-1', 'c-2')]);
  });

  it('on detach takes no more groups and waits for those it holds', async () => {
    const { dispatch, worker, published } = attachedDispatch(10);
    await dispatch.send(['c-1']);

    let detached = false;
    const detaching = dispatch.detach().then(() => (detached = true));
    await dispatch.send(['c-2']);
    await new Promise(setImmediate);
    expect(detached).toBe(false);
    expect(published).toEqual([job('c-2')]);

    worker.taken[0].finish();
    await detaching;
    expect(worker.taken).toHaveLength(1);
  });
});
