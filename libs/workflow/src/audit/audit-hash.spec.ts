import { auditHash, GENESIS_HASH } from './audit-hash';
import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: null }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"y":null,"z":1}]},"b":1}',
    );
  });

  it('writes dates, undefined in arrays, escapes and keys beyond ASCII the way stored hashes were made', () => {
    expect(
      canonicalJson({
        é: 1,
        Z: [undefined, new Date('2026-01-01T10:00:00.123Z'), 'a"b'],
        a: { '': true, '\u{1F600}': 2, ｚ: 3 },
        _: undefined,
      }),
    ).toBe('{"Z":[null,"2026-01-01T10:00:00.123Z","a\\"b"],"a":{"":true,"\u{1F600}":2,"ｚ":3},"é":1}');
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson({ a: undefined })).toBe('{}');
  });

  it('is the same for objects that differ only in key order', () => {
    expect(canonicalJson({ x: 1, y: 'ü' })).toBe(canonicalJson({ y: 'ü', x: 1 }));
  });
});

describe('auditHash', () => {
  const fields = {
    processId: '00000000-0000-4000-8000-000000000001',
    seq: 0,
    type: 'process.started',
    commandId: null,
    actor: { type: 'system' },
    event: { input: { name: 'AG' } },
    stateBefore: null,
    stateAfter: 'draft',
    version: 1,
    at: new Date('2026-01-01T10:00:00.123Z'),
  };

  it('chains on the previous hash', () => {
    const first = auditHash(GENESIS_HASH, fields);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(auditHash(first, fields)).not.toBe(first);
  });

  it('changes when any field changes', () => {
    const base = auditHash(GENESIS_HASH, fields);
    expect(auditHash(GENESIS_HASH, { ...fields, stateAfter: 'inReview' })).not.toBe(base);
    expect(auditHash(GENESIS_HASH, { ...fields, at: new Date('2026-01-01T10:00:00.124Z') })).not.toBe(base);
  });
});
