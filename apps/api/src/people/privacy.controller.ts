import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { PersonErasure, PersonExporter, type User } from '@gremium/council';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { UuidParamPipe } from '../common/uuid-param.pipe';

/** DSGVO: erasure (Art. 17) and access (Art. 15), by the coordination office. */
@ApiTags('people')
@Roles('coordination')
@Controller('people')
export class PrivacyController {
  constructor(
    private readonly erasure: PersonErasure,
    private readonly exporter: PersonExporter,
  ) {}

  /** 200 with the pseudonymised person; 409 naming the seats and memberships that still hold them. */
  @Post(':id/erase')
  @HttpCode(200)
  erase(@Param('id', UuidParamPipe) id: string, @CurrentUser() user: User) {
    return this.erasure.erase(id, { userId: user.id });
  }

  @Get(':id/export')
  export(@Param('id', UuidParamPipe) id: string) {
    return this.exporter.export(id);
  }
}
