import { BadRequestException, ConflictException } from '@nestjs/common';
import { errorBody } from './error-body';

export function invalidField(
  field: string,
  message: string,
  key = 'validation.invalid',
): BadRequestException {
  return new BadRequestException(
    errorBody(400, `${field} ${message}`, [{ field, message, key, params: {} }], key),
  );
}

export function conflictWith(message: string, details?: unknown): ConflictException {
  return new ConflictException(errorBody(409, message, details));
}
