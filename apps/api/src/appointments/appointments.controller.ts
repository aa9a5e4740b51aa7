import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { EntityManager } from '@mikro-orm/postgresql';
import { APPOINTED_SEATS, APPOINTMENT_STATUSES, Appointment } from '@gremium/council';
import { findOr404, listEntities } from '../common/crud';
import { rules, type ListSpec, type RawListQuery } from '../common/list-query';
import { UuidParamPipe } from '../common/uuid-param.pipe';

const LIST: ListSpec = {
  resource: 'appointments',
  sortable: ['termStart', 'termEnd', 'seat', 'status', 'createdAt', 'id'],
  defaultSort: ['termEnd', 'ASC'],
  filters: {
    id: rules.uuid('id'),
    seat: rules.oneOf('seat', APPOINTED_SEATS),
    status: rules.oneOf('status', APPOINTMENT_STATUSES),
    personId: rules.uuid('personId'),
    processId: rules.uuid('processId'),
    predecessorId: rules.uuid('predecessorId'),
    successorId: rules.uuid('successorId'),
    /** Terms whose last day is on or before this date (those ending within the alert lead time). */
    termEndTo: (value) =>
      typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? { termEnd: { $lte: value } }
        : undefined,
  },
};

/** Read-only: an appointment changes only through its seat-appointment process (P3). */
@ApiTags('appointments')
@Controller('appointments')
export class AppointmentsController {
  constructor(private readonly em: EntityManager) {}

  @Get()
  list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response) {
    return listEntities(this.em.fork(), Appointment, LIST, raw, response);
  }

  @Get(':id')
  get(@Param('id', UuidParamPipe) id: string) {
    return findOr404(this.em.fork(), Appointment, id, 'appointment');
  }
}
