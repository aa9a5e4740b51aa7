import { unusableText } from './text-guard';

describe('unusableText', () => {
  it('finds a NUL or a lone surrogate and names where it is', () => {
    expect(unusableText({ input: { name: 'Te\u0000xt' } }, '')).toBe('input.name');
    expect(unusableText({ email: '\udd2c\ud868' }, '')).toBe('email');
    expect(unusableText({ list: ['ok', 'x\ud800'] }, '')).toBe('list.1');
    expect(unusableText({ 'bad\u0000key': 1 }, '')).toBe('bad\u0000key');
  });

  it('accepts ordinary text, umlauts and emoji', () => {
    expect(unusableText({ name: 'Prüfung 👍', n: 3, nested: { ok: [null, true] } }, '')).toBeNull();
  });
});
