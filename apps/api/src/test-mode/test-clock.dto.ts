import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsInt, IsOptional, Max, Min } from 'class-validator';

const TEN_YEARS_MS = 10 * 366 * 24 * 3600 * 1000;

export class TestClockDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601({ strict: true })
  now?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(-TEN_YEARS_MS)
  @Max(TEN_YEARS_MS)
  offsetMs?: number;
}
