import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125124736 } from './Migration20261125124736';
import { Migration20261125130523 } from './Migration20261125130523';
import { Migration20261125133654 } from './Migration20261125133654';
import { Migration20261125144337 } from './Migration20261125144337';
import { Migration20261130043500 } from './Migration20261130043500';
import { Migration20261130045000 } from './Migration20261130045000';
import { Migration20261130045500 } from './Migration20261130045500';
import { Migration20261130050000 } from './Migration20261130050000';
import { Migration20261130051000 } from './Migration20261130051000';
import { Migration20261130051500 } from './Migration20261130051500';
import { Migration20261130051800 } from './Migration20261130051800';
import { Migration20261130052000 } from './Migration20261130052000';
import { Migration20261130053000 } from './Migration20261130053000';
import { Migration20261130053101 } from './Migration20261130053101';
import { Migration20261130053102 } from './Migration20261130053102';
import { Migration20261130053103 } from './Migration20261130053103';
import { Migration20261130053104 } from './Migration20261130053104';
import { Migration20261130053500 } from './Migration20261130053500';
import { Migration20261130082000 } from './Migration20261130082000';
import { Migration20261130082100 } from './Migration20261130082100';
import { Migration20261130083000 } from './Migration20261130083000';

/** Listed explicitly: the apps are bundled, so a folder glob would find nothing at run time. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261125124736', class: Migration20261125124736 },
  { name: 'Migration20261125130523', class: Migration20261125130523 },
  { name: 'Migration20261125133654', class: Migration20261125133654 },
  { name: 'Migration20261125144337', class: Migration20261125144337 },
  { name: 'Migration20261130043500', class: Migration20261130043500 },
  { name: 'Migration20261130045000', class: Migration20261130045000 },
  { name: 'Migration20261130045500', class: Migration20261130045500 },
  { name: 'Migration20261130050000', class: Migration20261130050000 },
  { name: 'Migration20261130051000', class: Migration20261130051000 },
  { name: 'Migration20261130051500', class: Migration20261130051500 },
  { name: 'Migration20261130051800', class: Migration20261130051800 },
  { name: 'Migration20261130052000', class: Migration20261130052000 },
  { name: 'Migration20261130053000', class: Migration20261130053000 },
  { name: 'Migration20261130053101', class: Migration20261130053101 },
  { name: 'Migration20261130053102', class: Migration20261130053102 },
  { name: 'Migration20261130053103', class: Migration20261130053103 },
  { name: 'Migration20261130053104', class: Migration20261130053104 },
  { name: 'Migration20261130053500', class: Migration20261130053500 },
  { name: 'Migration20261130082000', class: Migration20261130082000 },
  { name: 'Migration20261130082100', class: Migration20261130082100 },
  { name: 'Migration20261130083000', class: Migration20261130083000 },
];
