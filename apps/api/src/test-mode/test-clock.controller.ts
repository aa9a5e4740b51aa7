import { BadRequestException, Body, Controller, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock, Sweeper } from '@gremium/workflow';
import { errorBody } from '../common/error-body';
import { TestClockDto } from './test-clock.dto';

/** Registered only with NODE_ENV=test: moves the clock of every api and worker process, then sweeps. */
@ApiTags('test')
@Controller('test')
export class TestClockController {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly sweeper: Sweeper,
  ) {}

  @Put('clock')
  async move(@Body() body: TestClockDto) {
    if ((body.now === undefined) === (body.offsetMs === undefined)) {
      throw new BadRequestException(
        errorBody(400, 'give either now or offsetMs', [{ field: 'now', message: 'either now or offsetMs' }]),
      );
    }
    const offset = body.now !== undefined ? new Date(body.now).getTime() - Date.now() : body.offsetMs!;
    await this.clock.setOffset(this.em.fork(), offset);
    const sweep = await this.sweeper.sweep();
    return { now: this.clock.now().toISOString(), offsetMs: offset, sweep };
  }
}
