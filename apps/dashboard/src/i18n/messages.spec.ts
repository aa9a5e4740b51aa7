import { describe, expect, it } from '@jest/globals';
import { de } from './de';
import { en } from './en';

/** Every message as its path of keys (a key may itself contain a dot: `process.started`). */
function paths(messages: object, prefix: string[] = []): string[][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? paths(value, [...prefix, key]) : [[...prefix, key]],
  );
}

const lookup = (messages: object, path: string[]) =>
  String(
    path.reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages),
  );
const placeholders = (text: string) => [...(text.match(/%\{\w+\}/g) ?? [])].sort().join();
const forms = (text: string) => text.split('||||').length;

describe("the dashboard's own messages", () => {
  it('have the same keys in German and English', () => {
    expect(
      paths(en)
        .map((path) => path.join(' › '))
        .sort(),
    ).toEqual(
      paths(de)
        .map((path) => path.join(' › '))
        .sort(),
    );
  });

  it('use the same placeholders and plural forms in both languages', () => {
    const mismatched = paths(de).filter((path) => {
      const german = lookup(de, path);
      const english = lookup(en, path);
      return placeholders(german) !== placeholders(english) || forms(german) !== forms(english);
    });
    expect(mismatched).toEqual([]);
  });
});
