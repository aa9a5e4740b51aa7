import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { rulesOfProcedure, SettingsService, type User } from '@gremium/council';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { parseBody } from '../common/zod-body';

const settingsBody = rulesOfProcedure.extend({ meetingId: z.uuid().optional() }).strict();

/** R9: the rules of procedure, decided by the steering group and recorded by the coordination office. */
@ApiTags('settings')
@Controller('settings')
export class SettingsController {
  constructor(private readonly settings: SettingsService) {}

  @Get()
  get() {
    return this.settings.current();
  }

  @Put()
  @Roles('coordination')
  @ApiBody({ schema: z.toJSONSchema(settingsBody, { io: 'input' }) as object })
  async put(@Body() raw: unknown, @CurrentUser() user: User) {
    const { meetingId, ...values } = parseBody(settingsBody, raw);
    return this.settings.record(values, meetingId ?? null, { userId: user.id });
  }
}
