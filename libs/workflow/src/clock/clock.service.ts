import type { EntityManager } from '@mikro-orm/postgresql';
import { ClockSetting } from '../entities/clock-setting.entity';

/**
 * All engine time comes from here. In test mode the offset is a database row, so moving the clock
 * moves it for every api and worker process; `refresh` re-reads it before each unit of work.
 */
export class Clock {
  private offsetMs = 0;

  constructor(private readonly testMode: boolean) {}

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  async refresh(em: EntityManager): Promise<void> {
    if (!this.testMode) return;
    const row = await em.findOne(ClockSetting, 1, { disableIdentityMap: true });
    this.offsetMs = row ? Number(row.offsetMs) : 0;
  }

  async setOffset(em: EntityManager, offsetMs: number): Promise<void> {
    if (!this.testMode) throw new Error('the clock can only be moved in test mode');
    await em.upsert(ClockSetting, { id: 1, offsetMs: String(Math.round(offsetMs)) });
    this.offsetMs = Math.round(offsetMs);
  }
}
