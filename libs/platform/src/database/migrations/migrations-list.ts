import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125124736 } from './Migration20261125124736';
import { Migration20261125130523 } from './Migration20261125130523';
import { Migration20261125133654 } from './Migration20261125133654';
import { Migration20261125144337 } from './Migration20261125144337';
import { Migration20261130050000 } from './Migration20261130050000';
import { Migration20261130051000 } from './Migration20261130051000';
import { Migration20261130052001 } from './Migration20261130052001';
import { Migration20261130052002 } from './Migration20261130052002';
import { Migration20261130052003 } from './Migration20261130052003';
import { Migration20261130052004 } from './Migration20261130052004';

/** Listed explicitly: the apps are bundled, so a folder glob would find nothing at run time. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261125124736', class: Migration20261125124736 },
  { name: 'Migration20261125130523', class: Migration20261125130523 },
  { name: 'Migration20261125133654', class: Migration20261125133654 },
  { name: 'Migration20261125144337', class: Migration20261125144337 },
  { name: 'Migration20261130050000', class: Migration20261130050000 },
  { name: 'Migration20261130051000', class: Migration20261130051000 },
  { name: 'Migration20261130052001', class: Migration20261130052001 },
  { name: 'Migration20261130052002', class: Migration20261130052002 },
  { name: 'Migration20261130052003', class: Migration20261130052003 },
  { name: 'Migration20261130052004', class: Migration20261130052004 },
];
