import { nestingDepth } from './nesting-guard';

describe('nestingDepth', () => {
  it('counts arrays and objects, not scalars', () => {
    expect(nestingDepth('text')).toBe(0);
    expect(nestingDepth({ a: 1 })).toBe(1);
    expect(nestingDepth({ a: [{ b: [] }] })).toBe(4);
  });

  it('measures 100,000 levels without overflowing the stack and stops early at a limit', () => {
    const deep = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000)) as unknown;
    expect(nestingDepth(deep)).toBe(100_000);
    expect(nestingDepth(deep, 32)).toBe(33);
  });
});
