import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PersonNames } from '@gremium/workflow';
import { Person } from './person.entity';

/** People's current names (an erased person's pseudonym) for texts that refer to them by id. */
@Injectable()
export class PersonNameResolver implements PersonNames {
  async namesOf(em: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const people = await em.find(Person, { id: { $in: [...ids] } }, { fields: ['id', 'name'] });
    return new Map(people.map((person) => [person.id, person.name]));
  }
}
