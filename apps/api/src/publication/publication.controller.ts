import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { PublicationService, publicationInput, type User } from '@gremium/council';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { parseBody } from '../common/zod-body';

const BODY = { schema: z.toJSONSchema(publicationInput, { io: 'input' }) as object };

/**
 * Publication is a decision: whether a meeting or a recommendation is in the open council data (OParl and
 * the public page), and the coordination office's withholding of it.
 */
@ApiTags('publication')
@Controller()
export class PublicationController {
  constructor(private readonly publication: PublicationService) {}

  @Get('meetings/:id/publication')
  meeting(@Param('id', UuidParamPipe) id: string) {
    return this.publication.get('meeting', id);
  }

  @Put('meetings/:id/publication')
  @Roles('coordination')
  @ApiBody(BODY)
  decideMeeting(@Param('id', UuidParamPipe) id: string, @Body() raw: unknown, @CurrentUser() user: User) {
    return this.publication.decide('meeting', id, parseBody(publicationInput, raw), { userId: user.id });
  }

  @Get('recommendations/:id/publication')
  recommendation(@Param('id', UuidParamPipe) id: string) {
    return this.publication.get('recommendation', id);
  }

  @Put('recommendations/:id/publication')
  @Roles('coordination')
  @ApiBody(BODY)
  decideRecommendation(
    @Param('id', UuidParamPipe) id: string,
    @Body() raw: unknown,
    @CurrentUser() user: User,
  ) {
    return this.publication.decide('recommendation', id, parseBody(publicationInput, raw), {
      userId: user.id,
    });
  }
}
