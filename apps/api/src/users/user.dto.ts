import {
  ApiProperty,
  ApiPropertyOptional,
  IntersectionType,
  OmitType,
  PartialType,
  PickType,
} from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsIn,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { MIN_PASSWORD_LENGTH, STORED_ROLES, type StoredRole } from '@gremium/council';

export class CreateUserDto {
  @ApiProperty()
  @IsEmail()
  @MaxLength(320)
  email!: string;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH, writeOnly: true })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `password must be at least ${MIN_PASSWORD_LENGTH} characters` })
  @MaxLength(1024)
  password!: string;

  @ApiPropertyOptional({ nullable: true })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsUUID()
  personId?: string | null;

  @ApiProperty({ enum: STORED_ROLES, isArray: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @IsIn(STORED_ROLES, { each: true })
  roles!: StoredRole[];
}

/** The same fields; the password may be omitted to keep it. */
export class UpdateUserDto extends IntersectionType(
  OmitType(CreateUserDto, ['password'] as const),
  PartialType(PickType(CreateUserDto, ['password'] as const)),
) {}
