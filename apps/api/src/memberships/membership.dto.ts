import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { MEMBERSHIP_ROLES, type MembershipRole } from '@gremium/council';

export class MembershipDto {
  @ApiProperty()
  @IsUUID()
  personId!: string;

  @ApiPropertyOptional({ description: 'the working group; omit and set body "plenary" for the plenary' })
  @ValidateIf((dto: MembershipDto) => dto.body !== 'plenary')
  @IsUUID()
  workingGroupId?: string;

  @ApiPropertyOptional({ enum: ['plenary'] })
  @IsOptional()
  @IsIn(['plenary'])
  body?: 'plenary';

  @ApiProperty({ enum: MEMBERSHIP_ROLES })
  @IsIn(MEMBERSHIP_ROLES)
  role!: MembershipRole;

  @ApiProperty({ example: '2026-01-01' })
  @IsDateString({ strict: true })
  from!: string;

  @ApiPropertyOptional({ example: '2026-12-31' })
  @IsOptional()
  @IsDateString({ strict: true })
  to?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  topic?: string;

  @ApiPropertyOptional({ description: 'the organization a plenary member represents' })
  @IsOptional()
  @IsUUID()
  onBehalfOfId?: string;
}
