import { prefersMinimal } from './command-answer';

describe('prefersMinimal (RFC 7240)', () => {
  it.each([
    ['return=minimal', true],
    ['RETURN="minimal"', true],
    ['respond-async, wait=10, return=minimal; foo=bar', true],
    [['wait=5', 'return=minimal'], true],
    ['return=representation', false],
    ['handling=lenient', false],
    ['return-minimal', false],
    [undefined, false],
  ])('%j → %s', (header, expected) => {
    expect(prefersMinimal(header as string | string[] | undefined)).toBe(expected);
  });
});
