import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock } from '@gremium/workflow';
import { berlinDateOf, steeringGroupForChecks, type Seat } from '@gremium/council';
import { errorBody } from '../common/error-body';
import { sendRange } from '../common/list-query';

const seatId = (seat: Seat) => (seat.kind === 'moderator' ? `moderator:${seat.workingGroupId}` : seat.kind);

/** The steering group's seats today as a react-admin resource (id: the seat kind, or moderator:<group>). */
@ApiTags('steering-group')
@Controller('seats')
export class SeatsController {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  @Get()
  async list(@Res({ passthrough: true }) response: Response) {
    const seats = await this.seats();
    return sendRange(response, 'seats', seats, 0, seats.length);
  }

  @Get(':id')
  async get(@Param('id') id: string) {
    const seat = (await this.seats()).find((candidate) => candidate.id === id);
    if (!seat) throw new NotFoundException(errorBody(404, `seat ${id} does not exist`));
    return seat;
  }

  private async seats() {
    const em = this.em.fork();
    await this.clock.refresh(em);
    const composition = await steeringGroupForChecks(em, berlinDateOf(this.clock.now()));
    return composition.seats.map((seat) => ({ id: seatId(seat), ...seat }));
  }
}
