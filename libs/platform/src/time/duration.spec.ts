import { parseDuration } from './duration';

describe('parseDuration', () => {
  it.each([
    ['PT1M', 60_000],
    ['P42D', 42 * 86_400_000],
    ['P8W', 56 * 86_400_000],
    ['PT1.5S', 1500],
    ['P1DT2H', 26 * 3_600_000],
  ])('%s is %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['', 'P', 'PT', '1M', 'P1Y', 'P1M', 'PT-1S', 'P1D ', 'abc'])('refuses %p', (text) => {
    expect(() => parseDuration(text)).toThrow(RangeError);
  });
});
