import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsObject, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';

export class StartProcessDto {
  @ApiProperty({ example: 'working-group-founding' })
  @IsString()
  @MaxLength(100)
  definition!: string;

  @ApiProperty({ type: 'object', additionalProperties: true })
  @IsObject()
  input!: Record<string, unknown>;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(/^[\w.:-]{1,200}$/)
  idempotencyKey?: string;
}

export class SendCommandDto {
  @ApiProperty({ example: 'STEERING_DECISION' })
  @IsString()
  @Matches(/^[A-Z][A-Z0-9_]{0,63}$/, { message: 'type must be an upper-case command name' })
  type!: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  @IsOptional()
  @IsObject()
  payload?: Record<string, unknown>;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(/^[\w.:-]{1,200}$/)
  idempotencyKey?: string;
}

export class MigrateProcessDto {
  @ApiProperty({ example: 2, description: 'a later version of the process definition' })
  @IsInt()
  @Min(1)
  toVersion!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(/^[\w.:-]{1,200}$/)
  idempotencyKey?: string;
}

export class MigrateDefinitionDto {
  @ApiProperty({ example: 1, description: 'the version whose active instances move' })
  @IsInt()
  @Min(1)
  fromVersion!: number;

  @ApiProperty({ example: 2 })
  @IsInt()
  @Min(1)
  toVersion!: number;
}
