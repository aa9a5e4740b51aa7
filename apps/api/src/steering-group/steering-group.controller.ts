import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock } from '@gremium/workflow';
import {
  berlinDateOf,
  CoordinationAssignment,
  isCalendarDate,
  Person,
  steeringGroupOn,
  type User,
} from '@gremium/council';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { invalidField } from '../common/field-error';
import { CoordinationSeatDto } from './coordination.dto';

/** R6: the steering group's composition as the data says, vacancies included. */
@ApiTags('steering-group')
@Controller('steering-group')
export class SteeringGroupController {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  @Get()
  @ApiQuery({ name: 'date', required: false, description: 'YYYY-MM-DD; today (Europe/Berlin) by default' })
  async get(@Query('date') date?: string) {
    if (date !== undefined && !isCalendarDate(date))
      throw invalidField('date', 'must be a calendar date YYYY-MM-DD');
    const em = this.em.fork();
    await this.clock.refresh(em);
    return steeringGroupOn(em, date ?? berlinDateOf(this.clock.now()));
  }

  @Put('coordination')
  @Roles('coordination')
  async setCoordination(@Body() body: CoordinationSeatDto, @CurrentUser() user: User) {
    const em = this.em.fork();
    if (body.personId && !(await em.count(Person, { id: body.personId }))) {
      throw invalidField('personId', 'is not an existing person');
    }
    em.create(CoordinationAssignment, {
      id: randomUUID(),
      personId: body.personId,
      since: body.since,
      recordedBy: user.id,
      createdAt: new Date(),
    });
    await em.flush();
    return this.get(body.since);
  }
}
