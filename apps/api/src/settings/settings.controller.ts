import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { EntityManager } from '@mikro-orm/postgresql';
import { RefusalError } from '@gremium/workflow';
import { currentRules, recordRules, requireMeetingOf, rulesOfProcedure, type User } from '@gremium/council';
import { CurrentUser, Roles } from '../auth/auth.decorators';
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
    const refusal = await requireMeetingOf(em, meetingId, 'steering', 'meetingId');
    if (refusal) throw new RefusalError(refusal);
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
