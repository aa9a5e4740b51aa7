/** The BullMQ queues and the one payload type of each. Redis only carries ids; PostgreSQL holds the data. */
export interface JobPayloads {
  /** The commands stored in one transaction (one job per group; the command rows decide). */
  commands: { commandIds: string[] };
  timers: { timerId: string };
  mail: { notificationId: string };
}

export type QueueName = keyof JobPayloads;

export const QUEUE_NAMES: readonly QueueName[] = ['commands', 'timers', 'mail'];

export interface OutgoingJob<Q extends QueueName = QueueName> {
  queue: Q;
  jobId: string;
  data: JobPayloads[Q];
  delayMs?: number;
}

export function isQueueName(value: string): value is QueueName {
  return (QUEUE_NAMES as readonly string[]).includes(value);
}
