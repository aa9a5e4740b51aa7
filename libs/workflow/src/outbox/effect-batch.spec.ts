import type { EntityManager } from '@mikro-orm/postgresql';
import { EffectBatch } from './effect-batch';

/** Records what the batch creates, as the unit of work would insert it at flush. */
function fakeEm() {
  const created: Record<string, unknown>[] = [];
  const em = {
    create: (_entity: unknown, data: Record<string, unknown>) => {
      const row = { ...data };
      created.push(row);
      return row;
    },
  } as unknown as EntityManager;
  return { em, created };
}

describe('EffectBatch', () => {
  const now = new Date('2026-11-30T08:00:00Z');

  it('puts every command of a transaction into one job and one outbox row, named after the first', () => {
    const { em, created } = fakeEm();
    const batch = new EffectBatch();
    batch.command(em, 'c-1', now);
    batch.enqueue(em, 'mail', 'n-1', { notificationId: 'n-1' }, now);
    batch.command(em, 'c-2', now);
    batch.command(em, 'c-3', now);

    expect(batch.jobs).toEqual([
      { queue: 'commands', jobId: 'c-1', data: { commandIds: ['c-1', 'c-2', 'c-3'] } },
      { queue: 'mail', jobId: 'n-1', data: { notificationId: 'n-1' } },
    ]);
    expect(created.map((row) => [row.queue, row.jobId, row.data])).toEqual([
      ['commands', 'c-1', { commandIds: ['c-1', 'c-2', 'c-3'] }],
      ['mail', 'n-1', { notificationId: 'n-1' }],
    ]);
    expect(batch.outboxIds).toEqual(created.map((row) => row.id));
  });

  it('replaces the outbox row data, so that a row flushed already is updated', () => {
    const { em, created } = fakeEm();
    const batch = new EffectBatch();
    batch.command(em, 'c-1', now);
    const first = created[0].data;
    batch.command(em, 'c-2', now);

    expect(created[0].data).not.toBe(first);
    expect(first).toEqual({ commandIds: ['c-1'] });
  });
});
