import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Task, TaskScheduler } from '@gremium/workflow';
import { scheduleDueDates } from './agenda';

const DECIDING = new Set(['steering', 'plenary', 'working-group']);

/** Tasks waiting on a body's decision are due when the meeting whose agenda holds them begins (P8). */
@Injectable()
export class MeetingTaskScheduler implements TaskScheduler {
  async schedule(em: EntityManager, tasks: readonly Task[], _now: Date): Promise<void> {
    const deciding = tasks.filter(
      (task) =>
        ('body' in task.awaiting && DECIDING.has(task.awaiting.body)) ||
        task.commandTypes.includes('SIGN_OFF'),
    );
    if (deciding.length === 0) return;
    await em.flush();
    await scheduleDueDates(em, deciding);
  }
}
