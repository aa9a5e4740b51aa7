import type { TaskRecord } from '../types';

export const isOverdue = (task: TaskRecord, now: number) =>
  task.closedAt === null && task.dueAt !== null && Date.parse(task.dueAt) < now;
