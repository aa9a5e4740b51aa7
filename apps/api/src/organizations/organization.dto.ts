import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { ORGANIZATION_KINDS, type OrganizationKind } from '@gremium/council';

export class OrganizationDto {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: ORGANIZATION_KINDS })
  @IsIn(ORGANIZATION_KINDS)
  kind!: OrganizationKind;
}
