import { describe, expect, it } from '@jest/globals';
import englishMessages from 'ra-language-english';
import { raGerman } from './ra-german';

function flatten(messages: object, prefix = ''): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'object' && value !== null) {
      for (const [nestedPath, nestedValue] of flatten(value, path)) entries.set(nestedPath, nestedValue);
    } else {
      entries.set(path, value);
    }
  }
  return entries;
}

const placeholders = (message: string) => new Set(message.match(/%\{\w+\}/g) ?? []);
const pluralForms = (message: string) => message.split('||||').length;

/** Arguments react-admin passes besides those the English text uses. */
const EXTRA_ARGUMENTS: Record<string, string[]> = {
  // German capitalises nouns, so it takes the field label as is rather than `field_lower_first`.
  'ra.sort.sort_by': ['%{field}'],
};

const english = flatten(englishMessages);
const german = flatten(raGerman);
const germanText = (key: string) => String(german.get(key));

describe('German react-admin messages', () => {
  it('have exactly the keys of ra-language-english', () => {
    expect([...german.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('translate every message (blank only where the English one is blank)', () => {
    const missing = [...german].filter(
      ([key, value]) =>
        typeof value !== 'string' ||
        value === '' ||
        (value.trim() === '' && String(english.get(key)).trim() !== ''),
    );
    expect(missing).toEqual([]);
  });

  it('keep the plural forms of the English messages', () => {
    const mismatched = [...english]
      .filter(
        ([key, value]) => german.has(key) && pluralForms(String(value)) !== pluralForms(germanText(key)),
      )
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it('use only arguments that react-admin passes', () => {
    const unknown = [...english].flatMap(([key, value]) => {
      const allowed = new Set([...placeholders(String(value)), ...(EXTRA_ARGUMENTS[key] ?? [])]);
      const used = german.has(key) ? [...placeholders(germanText(key))] : [];
      return used.filter((name) => !allowed.has(name)).map((name) => `${key}: ${name}`);
    });
    expect(unknown).toEqual([]);
  });
});
