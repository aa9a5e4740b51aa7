import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125124736 } from './Migration20261125124736';
import { Migration20261125130523 } from './Migration20261125130523';
import { Migration20261125133654 } from './Migration20261125133654';
import { Migration20261125144337 } from './Migration20261125144337';
import { Migration20261130043025 } from './Migration20261130043025';
import { Migration20261130045636 } from './Migration20261130045636';
import { Migration20261130050604 } from './Migration20261130050604';

/** Listed explicitly: the apps are bundled, so a folder glob would find nothing at run time. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261125124736', class: Migration20261125124736 },
  { name: 'Migration20261125130523', class: Migration20261125130523 },
  { name: 'Migration20261125133654', class: Migration20261125133654 },
  { name: 'Migration20261125144337', class: Migration20261125144337 },
  { name: 'Migration20261130043025', class: Migration20261130043025 },
  { name: 'Migration20261130045636', class: Migration20261130045636 },
  { name: 'Migration20261130050604', class: Migration20261130050604 },
];
