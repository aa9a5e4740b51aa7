import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { isCalendarDate, SteeringGroupService, type User } from '@gremium/council';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { invalidField } from '../common/field-error';
import { CoordinationSeatDto } from './coordination.dto';

/** R6: the steering group's composition as the data says, vacancies included. */
@ApiTags('steering-group')
@Controller('steering-group')
export class SteeringGroupController {
  constructor(private readonly steeringGroup: SteeringGroupService) {}

  @Get()
  @ApiQuery({ name: 'date', required: false, description: 'YYYY-MM-DD; today (Europe/Berlin) by default' })
  get(@Query('date') date?: string) {
    if (date !== undefined && !isCalendarDate(date))
      throw invalidField('date', 'must be a calendar date YYYY-MM-DD');
    return this.steeringGroup.on(date);
  }

  @Put('coordination')
  @Roles('coordination')
  setCoordination(@Body() body: CoordinationSeatDto, @CurrentUser() user: User) {
    return this.steeringGroup.assignCoordination(body.personId, body.since, { userId: user.id });
  }
}
