import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsString, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { MEETING_BODIES, MEETING_KINDS, type MeetingBody, type MeetingKind } from '@gremium/council';

export class MeetingDto {
  @ApiProperty({ enum: MEETING_BODIES })
  @IsIn(MEETING_BODIES)
  body!: MeetingBody;

  @ApiPropertyOptional()
  @ValidateIf((dto: MeetingDto) => dto.body === 'working-group' || dto.workingGroupId !== undefined)
  @IsUUID()
  workingGroupId?: string;

  @ApiProperty({ example: '2026-03-12' })
  @IsDateString({ strict: true })
  date!: string;

  @ApiProperty({ enum: MEETING_KINDS })
  @IsIn(MEETING_KINDS)
  kind!: MeetingKind;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;
}
