import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';

export class MarkNotificationDto {
  @ApiProperty({ description: 'true marks it read now, false unread again' })
  @IsBoolean()
  read!: boolean;
}
