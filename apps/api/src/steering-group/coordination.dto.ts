import { ApiProperty } from '@nestjs/swagger';
import { IsDateString, IsUUID, ValidateIf } from 'class-validator';

export class CoordinationSeatDto {
  @ApiProperty({ nullable: true, description: 'null: the seat is vacant from `since` (R14)' })
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  personId!: string | null;

  @ApiProperty({ example: '2026-01-01' })
  @IsDateString({ strict: true })
  since!: string;
}
