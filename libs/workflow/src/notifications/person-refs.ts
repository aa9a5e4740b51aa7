import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Stored texts (notifications and their e-mails) name people by id, as `{{person:<uuid>}}`; the name is
 * put in when the text is read or sent, so an erased person's pseudonym shows everywhere at once.
 */
export interface PersonNames {
  /** The current name of each id that exists. */
  namesOf(em: EntityManager, ids: readonly string[]): Promise<Map<string, string>>;
}

export const PERSON_NAMES = Symbol('PERSON_NAMES');

const REFERENCE = /\{\{person:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}\}/g;

export function personRef(personId: string): string {
  return `{{person:${personId}}}`;
}

export function personIdsIn(...texts: readonly string[]): string[] {
  return [...new Set(texts.flatMap((text) => [...text.matchAll(REFERENCE)].map((match) => match[1])))];
}

export function resolvePersonRefs(text: string, names: ReadonlyMap<string, string>): string {
  return text.replace(REFERENCE, (_, id: string) => names.get(id) ?? 'eine gelöschte Person');
}
