import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { EngineErrorKey, ErrorParams, FieldProblem } from '@gremium/workflow';
import { errorBody } from './error-body';

/** class-validator's constraint names → the engine's validation keys; anything else is `validation.invalid`. */
const KEYS: Record<string, EngineErrorKey> = {
  whitelistValidation: 'validation.unknown_field',
  isDefined: 'validation.required',
  isString: 'validation.invalid_type',
  isBoolean: 'validation.invalid_type',
  isInt: 'validation.not_integer',
  isObject: 'validation.invalid_type',
  isEmail: 'validation.invalid_format',
  isUuid: 'validation.invalid_format',
  isDateString: 'validation.calendar_date',
  matches: 'validation.invalid_format',
  isIn: 'validation.invalid_choice',
  minLength: 'validation.too_short',
  maxLength: 'validation.too_long',
  min: 'validation.too_small',
  max: 'validation.too_big',
  arrayMinSize: 'validation.too_few',
  arrayMaxSize: 'validation.too_many',
};
const PARAM: Record<string, string> = {
  minLength: 'minimum',
  maxLength: 'maximum',
  min: 'minimum',
  max: 'maximum',
  arrayMinSize: 'minimum',
  arrayMaxSize: 'maximum',
};
const EXPECTED: Record<string, ErrorParams> = {
  isString: { expected: 'string' },
  isBoolean: { expected: 'boolean' },
  isObject: { expected: 'object' },
  isEmail: { format: 'email' },
  isUuid: { format: 'uuid' },
  matches: { format: 'pattern' },
};

function paramsOf(constraint: string, error: ValidationError): ErrorParams {
  const limit = PARAM[constraint];
  if (!limit) return EXPECTED[constraint] ?? {};
  // class-validator keeps the limit only in its message ("... longer than or equal to 12 characters").
  const number = Number(/(\d+)/.exec(error.constraints?.[constraint] ?? '')?.[1]);
  return Number.isFinite(number) ? { [limit]: number } : {};
}

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      message,
      key: KEYS[constraint] ?? 'validation.invalid',
      params: paramsOf(constraint, error),
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Whitelisting validation whose 400 names every offending field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const details = flatten(errors);
      return new BadRequestException(
        errorBody(400, `invalid request: ${details.map((d) => d.message).join('; ')}`, details),
      );
    },
  });
}
