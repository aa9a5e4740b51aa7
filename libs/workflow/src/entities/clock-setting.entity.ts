import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** One row: the offset test mode adds to the wall clock of every api and worker process. */
@Entity({ tableName: 'clock_setting' })
export class ClockSetting {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  id!: number;

  @Property({ type: 'bigint' })
  offsetMs!: string;
}
