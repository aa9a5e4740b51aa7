import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditEvent } from '../entities/audit-event.entity';
import { ProcessInstance } from '../entities/process-instance.entity';
import { Task } from '../entities/task.entity';
import { Timer } from '../entities/timer.entity';
import { TRANSITION_WRITES, transitionParams, transitionRow } from './instance-rows';
import { runStatement, transactionConnection, type PgConnection, type Statement } from './pg-client';
import { TASK_WRITES, taskParams, type TaskChanges } from './task-rows';
import { TIMER_WRITES, voidingParams, type TimerVoiding } from './timer-rows';

/**
 * What a batch writes, in one round trip: its transitions (`$1..$24`), the tasks they closed and opened
 * (`$25..$35`) and the timers they voided (`$36..$37`). Constraints are checked at the end of the statement,
 * so an event or a task may name a process the same statement inserts.
 */
const WRITE: Statement = {
  name: 'gremium_batch_write',
  text: `with ${TRANSITION_WRITES},
${TASK_WRITES},
${TIMER_WRITES}
select 1`,
};

/** What a transaction has not yet written, and the first error writing it met. */
class WrittenBehind {
  private transitions: unknown[][] = [];
  private opened: Task[] = [];
  private closed: Task[] = [];
  private voidings: TimerVoiding[] = [];
  failure: unknown = null;

  get empty(): boolean {
    return this.transitions.length + this.opened.length + this.closed.length + this.voidings.length === 0;
  }

  holdTransition(row: unknown[]): void {
    this.transitions.push(row);
  }

  holdTasks(changes: TaskChanges): void {
    this.opened.push(...changes.opened);
    this.closed.push(...changes.closed);
  }

  holdVoiding(voiding: TimerVoiding): void {
    this.voidings.push(voiding);
  }

  /** The parameters for everything held, which is then no longer held. */
  take(): unknown[] {
    const params = [
      ...transitionParams(this.transitions),
      ...taskParams(this.opened, this.closed),
      ...voidingParams(this.voidings),
    ];
    this.transitions = [];
    this.opened = [];
    this.closed = [];
    this.voidings = [];
    return params;
  }
}

const behind = new WeakMap<object, WrittenBehind>();

/**
 * Runs `work` in the transaction of `em` with its writes held: transitions, task changes and voided timers
 * are written together, in one statement, just before the next statement of any kind goes out on the
 * transaction's connection, and at the end. Whatever runs in between (a rule, an effect, the ORM) reads
 * through that same connection, and PostgreSQL takes its statements in the order they are sent, so every
 * read in the transaction still sees each write, as if it had been made at once.
 */
export async function withTransitionsWrittenBehind<T>(em: EntityManager, work: () => Promise<T>): Promise<T> {
  const transaction = em.getTransactionContext<object>();
  if (!transaction) throw new Error('transitions are written behind only inside a transaction');
  const buffer = new WrittenBehind();
  const connection = await transactionConnection(em);
  const own = Object.hasOwn(connection, 'query');
  const send = connection.query;
  const write = () => send.call(connection, { ...WRITE, values: buffer.take() });
  const writeAhead = () => {
    if (buffer.empty) return;
    write().catch((error: unknown) => {
      buffer.failure ??= error;
    });
  };
  connection.query = function (this: PgConnection, ...args: Parameters<PgConnection['query']>) {
    writeAhead();
    return send.apply(this, args);
  };
  behind.set(transaction, buffer);
  try {
    const result = await work();
    if (!buffer.empty) await write();
    if (buffer.failure) throw buffer.failure;
    return result;
  } catch (error) {
    // A statement after a failed write reports only that the transaction is aborted: the cause is the write.
    throw buffer.failure ?? error;
  } finally {
    behind.delete(transaction);
    if (own) connection.query = send;
    else delete (connection as Partial<PgConnection>).query;
  }
}

/** Holds what `hold` puts into the transaction's buffer, or writes it at once where there is none. */
async function write(em: EntityManager, hold: (buffer: WrittenBehind) => void): Promise<void> {
  const transaction = em.getTransactionContext<object>();
  const buffer = transaction ? behind.get(transaction) : undefined;
  if (buffer) return hold(buffer);
  const once = new WrittenBehind();
  hold(once);
  await runStatement(em, WRITE, once.take());
}

/**
 * Writes a transition in the transaction of `em`: the new instance (its first event) or the changed one, and
 * the event appended to its chain; an instance that has ended has no pending timers afterwards. Inside
 * `withTransitionsWrittenBehind` it is held until the next statement. A copy of the instance the unit of
 * work holds (an effect read it) is dropped from it, so a later read in the transaction sees the row as
 * written here.
 */
export async function writeTransition(
  em: EntityManager,
  instance: ProcessInstance,
  event: AuditEvent,
): Promise<void> {
  const row = transitionRow(instance, event);
  await write(em, (buffer) => buffer.holdTransition(row));
  const held = em.getUnitOfWork().getById<ProcessInstance>(ProcessInstance.name, instance.id);
  if (held && held !== instance) em.getUnitOfWork().unsetIdentity(held);
}

/**
 * Writes the tasks a transition opened and closed, as `writeTransition` writes the transition. The tasks are
 * the caller's objects, not the unit of work's; a copy the unit of work holds (a rule read it, the scheduler
 * dated it) is closed with them, so a later read in the transaction does not see it open.
 */
export async function writeTaskChanges(em: EntityManager, changes: TaskChanges): Promise<void> {
  if (changes.opened.length + changes.closed.length === 0) return;
  await write(em, (buffer) => buffer.holdTasks(changes));
  for (const task of changes.closed) {
    const held = em.getUnitOfWork().getById<Task>(Task.name, task.id);
    if (held && held !== task) held.closedAt = task.closedAt;
  }
}

/**
 * Voids a process's pending timer by its action id, as `writeTransition` writes the transition. A timer the
 * unit of work has yet to insert (an earlier transition of the batch created it) is voided there.
 */
export async function voidTimer(em: EntityManager, voiding: TimerVoiding): Promise<void> {
  await write(em, (buffer) => buffer.holdVoiding(voiding));
  for (const entity of em.getUnitOfWork().getPersistStack()) {
    if (
      entity instanceof Timer &&
      entity.processId === voiding.processId &&
      entity.actionId === voiding.actionId &&
      entity.status === 'pending'
    )
      entity.status = 'voided';
  }
}
