import fc from 'fast-check';

/** Strings that have broken web applications before: injections, odd unicode, parser edge cases. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '%00',
  '\ud800',
  'x\udfffy',
  '\ufeff',
  '\u202eevil',
  '\u200b\u200d\u2060',
  'e\u0301\u0301\u0301\u0301',
  '🧨💥👩‍👩‍👧‍👦',
  '\r\nSet-Cookie: x=1',
  '\n\r\t\b\f\v',
  "' OR '1'='1",
  "'; drop table person; --",
  '"); delete from audit_event; --',
  '1 union select * from app_user',
  '$where',
  '$ne',
  '{"$gt":""}',
  '%',
  '_',
  '\\',
  '\\x00',
  '\\u0000',
  '../../../../etc/passwd',
  '..%2f..%2f',
  '<script>alert(1)</script>',
  '${7*7}',
  '{{constructor.constructor("return process")()}}',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '0x1F',
  'true',
  '[]',
  '{}',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '6F1C1F4E-3D0C-4A53-9A59-3B2B8E8C1D11',
  '2026-02-30',
  '9999-99-99T99:99:99Z',
  'P-1D',
  'PT99999999999999999999H',
  'SELECT pg_sleep(10)',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const controlChar = fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code));

/** Any hostile string: the list above, random unicode (lone surrogates and controls included), huge ones. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  {
    weight: 2,
    arbitrary: fc.string({ unit: fc.oneof(loneSurrogate, controlChar, fc.constant('\u0000')), maxLength: 8 }),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 20_000 }).map((n) => 'A'.repeat(n)) },
);

/** Numbers that are not what an API expects: huge, negative, fractional, beyond double precision. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -1, -0, 1.5, 2 ** 31, 2 ** 53 + 2, -(2 ** 63), 1e308, -1e308, Number.MIN_VALUE),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Keys that must never be trusted: prototype pollution, operators, paths, the empty key. */
export const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  '$where',
  '$ne',
  '$gt',
  '$or',
  'a.b',
  '',
  'id',
  'password',
  'passwordHash',
  'roles',
  'status',
  'version',
];
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_KEYS) },
  { weight: 1, arbitrary: hostileString.filter((key) => key.length < 100) },
);

/** Builds an object whose own keys may include `__proto__` (as JSON.parse would make it). */
export function ownObject(entries: readonly [string, unknown][]): Record<string, unknown> {
  const target: Record<string, unknown> = {};
  for (const [key, value] of entries)
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

/** JSON values with hostile strings, numbers and keys, nested a little. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.tuple(hostileKey, tie('value')), { maxLength: 4 }).map(ownObject),
  ),
})).value;

/** A text that JSON.parse rejects (broken JSON, NaN literals, trailing garbage, lone brackets). */
export const brokenJson: fc.Arbitrary<string> = fc
  .oneof(
    fc.constantFrom(
      '{',
      '}',
      '{"a":',
      '{"a":1,}',
      "{'a':1}",
      '{"a":NaN}',
      '[1,2',
      'nul',
      '{"a":1}}',
      '\u0000',
      '{"a":"\\x"}',
    ),
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.json().map((json) => `${json}{`),
    fc.integer({ min: 1, max: 3000 }).map((depth) => '['.repeat(depth)),
  )
  .map((text) => {
    try {
      JSON.parse(text);
      return `${text}}`;
    } catch {
      return text;
    }
  })
  // An empty body is no body: the DTO would see {} instead of a parse error.
  .filter((text) => text.trim() !== '');
