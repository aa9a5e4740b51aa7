import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsDateString,
  IsEmail,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';

export class PersonDto {
  @ApiPropertyOptional({ description: 'display name; derived from given and family name when omitted' })
  @ValidateIf((dto: PersonDto) => dto.name !== undefined || !dto.givenName || !dto.familyName)
  @IsString()
  @MinLength(1, { message: 'name or givenName and familyName are required' })
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  givenName?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  familyName?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  email?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(/^[+0-9 ()/-]{3,40}$/, { message: 'phone must contain only digits, spaces and + ( ) / -' })
  phone?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({
    description:
      'published in the open council data (OParl, the public page); needs publicProfileConsentOn. Kept when omitted.',
  })
  @IsOptional()
  @IsBoolean()
  publicProfile?: boolean;

  @ApiPropertyOptional({
    description: 'the day the person consented to the public profile (YYYY-MM-DD); cleared when withdrawn',
    nullable: true,
    type: String,
  })
  @IsOptional()
  @IsDateString({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'publicProfileConsentOn must be a date YYYY-MM-DD' })
  publicProfileConsentOn?: string | null;
}
