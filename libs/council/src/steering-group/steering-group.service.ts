import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { invalidField } from '@gremium/workflow';
import { Person } from '../people/person.entity';
import { RecordWriter, refuse, type Editor } from '../records/record-writer';
import { berlinDateOf } from '../terms/calendar-date';
import type { Composition } from './composition';
import { CoordinationAssignment } from './coordination-assignment.entity';
import { forgetSteeringGroups } from './steering-group-cache';
import { steeringGroupOn } from './steering-group.repository';
import { councilCoded } from '../errors/council-errors';

/** R6/R14: the steering group's composition on a day, and who holds the coordination office's seat. */
@Injectable()
export class SteeringGroupService {
  constructor(private readonly records: RecordWriter) {}

  async on(date: string | undefined): Promise<Composition> {
    const { em, now } = await this.records.begin();
    return steeringGroupOn(em, date ?? berlinDateOf(now));
  }

  async assignCoordination(personId: string | null, since: string, by: Editor): Promise<Composition> {
    const { em, now } = await this.records.begin();
    if (personId && !(await em.count(Person, { id: personId }))) {
      refuse(invalidField('personId', councilCoded('person.unknown')));
    }
    em.create(CoordinationAssignment, {
      id: randomUUID(),
      personId,
      since,
      recordedBy: by.userId,
      createdAt: now,
    });
    await em.flush();
    forgetSteeringGroups(em);
    return steeringGroupOn(em, since);
  }
}
