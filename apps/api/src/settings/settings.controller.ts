import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { EntityManager } from '@mikro-orm/postgresql';
import { currentRules, Meeting, recordRules, rulesOfProcedure, type User } from '@gremium/council';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { invalidField } from '../common/field-error';
import { parseBody } from '../common/zod-body';

const settingsBody = rulesOfProcedure.extend({ meetingId: z.uuid().optional() }).strict();

/** R9: the rules of procedure, decided by the steering group and recorded by the coordination office. */
@ApiTags('settings')
@Controller('settings')
export class SettingsController {
  constructor(private readonly em: EntityManager) {}

  @Get()
  get() {
    return currentRules(this.em.fork());
  }

  @Put()
  @Roles('coordination')
  @ApiBody({ schema: z.toJSONSchema(settingsBody, { io: 'input' }) as object })
  async put(@Body() raw: unknown, @CurrentUser() user: User) {
    const { meetingId, ...values } = parseBody(settingsBody, raw);
    const em = this.em.fork();
    if (meetingId && !(await em.count(Meeting, { id: meetingId, body: 'steering' }))) {
      throw invalidField('meetingId', 'is not a meeting of the steering group');
    }
    const leadDays = [...new Set(values.termAlertLeadDays)].sort((a, b) => b - a);
    const revision = await recordRules(
      em,
      { ...values, termAlertLeadDays: leadDays },
      user.id,
      meetingId ?? null,
    );
    return revision.values;
  }
}
