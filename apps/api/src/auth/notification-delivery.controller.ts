import { Body, Controller, Put } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { NOTIFICATION_DELIVERIES, User, UsersService } from '@gremium/council';
import { parseBody } from '../common/zod-body';
import { CurrentUser } from './auth.decorators';
import { MeService, type Me } from './me.service';

const deliveryInput = z.object({ notificationDelivery: z.enum(NOTIFICATION_DELIVERIES) }).strict();

/** Each user's own choice how notifications reach them by e-mail: each at once, or a daily digest. */
@ApiTags('auth')
@Controller('auth/me')
export class NotificationDeliveryController {
  constructor(
    private readonly users: UsersService,
    private readonly me: MeService,
  ) {}

  @Put('notification-delivery')
  @ApiBody({ schema: z.toJSONSchema(deliveryInput, { io: 'input' }) as object })
  async set(@Body() raw: unknown, @CurrentUser() user: User): Promise<Me> {
    const { notificationDelivery } = parseBody(deliveryInput, raw);
    return this.me.describe(await this.users.setNotificationDelivery(user.id, notificationDelivery));
  }
}
