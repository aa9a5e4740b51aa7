import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { COUNCIL_ERRORS } from '@gremium/council';
import { ENGINE_ERRORS, KEY_OF_CODE } from '@gremium/workflow';
import { de } from '../../../dashboard/src/i18n/de';
import { en } from '../../../dashboard/src/i18n/en';
import { API_ERRORS } from './api-errors';
import { errorBody } from './error-body';

/** Every key the API can answer with: the engine's, the council's and the HTTP layer's own. */
const CATALOGUE: Record<string, string> = { ...ENGINE_ERRORS, ...COUNCIL_ERRORS, ...API_ERRORS };

const wording = (messages: object, key: string): unknown =>
  ['gremium', 'errors', ...key.split('.')].reduce<unknown>(
    (node, part) =>
      typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined,
    messages,
  );
const englishParams = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const dashboardParams = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The key literals the HTTP layer writes itself (`key: '…'` and errorBody's key argument). */
function keysInSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts'))
    .flatMap((entry) => {
      const source = readFileSync(join(entry.parentPath, entry.name), 'utf8');
      return [
        ...[...source.matchAll(/\bkey: '([^']+)'/g)].map((m) => m[1]),
        ...[...source.matchAll(/errorBody\([^;]*?, '([a-z_]+(?:\.[a-z_]+)+)'/g)].map((m) => m[1]),
      ];
    });
}

describe('the error keys the API can answer with', () => {
  it('are worded in German and English with the same parameters', () => {
    const missing = Object.entries(CATALOGUE).flatMap(([key, english]) =>
      [de, en].flatMap((messages, index) => {
        const text = wording(messages, key);
        const lang = index === 0 ? 'de' : 'en';
        if (typeof text !== 'string') return [`${lang}: ${key} missing`];
        return dashboardParams(text).every((name) => englishParams(english).includes(name))
          ? []
          : [`${lang}: ${key} uses parameters the API does not send`];
      }),
    );
    expect(missing).toEqual([]);
  });

  it('cover every default and every key the HTTP layer names', () => {
    const used = [
      ...Object.values(KEY_OF_CODE),
      ...[400, 401, 403, 404, 409, 413, 429, 500].map((status) => errorBody(status, '').key),
      ...keysInSources(join(__dirname, '..')),
    ];
    expect(used.filter((key) => !(key in CATALOGUE))).toEqual([]);
  });
});
