import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsString, MaxLength, MinLength } from 'class-validator';
import { IMPORT_COLUMNS, OnboardingImport, type ImportResult, type User } from '@gremium/council';
import { CurrentUser, Roles } from '../auth/auth.decorators';

export class OnboardingImportDto {
  @ApiProperty({ description: `CSV with the header ${IMPORT_COLUMNS.join(';')} (";" or ",")` })
  @IsString()
  @MinLength(1)
  @MaxLength(250_000)
  csv!: string;

  @ApiProperty({ description: 'false: dry run (writes nothing); true: write when no line has a problem' })
  @IsBoolean()
  confirm!: boolean;
}

/** Onboarding: people, organizations and memberships from a CSV file, checked line by line first. */
@ApiTags('people')
@Roles('coordination')
@Controller('imports')
export class OnboardingController {
  constructor(private readonly onboarding: OnboardingImport) {}

  @Post('onboarding')
  @HttpCode(200)
  run(@Body() body: OnboardingImportDto, @CurrentUser() user: User): Promise<ImportResult> {
    return this.onboarding.run(body.csv, body.confirm, { userId: user.id });
  }
}
