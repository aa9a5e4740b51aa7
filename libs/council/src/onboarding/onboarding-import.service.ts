import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { parse } from 'csv-parse/sync';
import { Membership } from '../memberships/membership.entity';
import {
  Organization,
  ORGANIZATION_KINDS,
  type OrganizationKind,
} from '../organizations/organization.entity';
import { Person } from '../people/person.entity';
import { appendRecordChange, snapshot } from '../records/record-chain';
import { RecordWriter, type Editor } from '../records/record-writer';
import { WorkingGroup } from '../working-groups/working-group.entity';

/** The columns of the onboarding file (German, as the coordination office's spreadsheet has them). */
export const IMPORT_COLUMNS = [
  'Vorname',
  'Nachname',
  'E-Mail',
  'Telefon',
  'Organisation',
  'Organisationsart',
  'Gremium',
  'Seit',
] as const;
type Column = (typeof IMPORT_COLUMNS)[number];
type Row = Partial<Record<Column, string>>;

const KIND_NAMES: Record<string, OrganizationKind> = {
  polizei: 'police',
  'freier träger': 'provider',
  wissenschaft: 'science',
  stadtverwaltung: 'city-administration',
  'verein oder verband': 'association',
  verein: 'association',
  verband: 'association',
  institution: 'institution',
  sonstige: 'other',
  ...Object.fromEntries(ORGANIZATION_KINDS.map((kind) => [kind, kind])),
};
const PLENARY = 'vollversammlung';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[0-9 +()/-]{3,40}$/;
const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
export const MAX_IMPORT_LINES = 2_000;

export interface ImportProblem {
  /** The line in the file (the header is line 1). */
  line: number;
  field: string;
  reason: string;
}

export interface ImportResult {
  lines: number;
  problems: ImportProblem[];
  /** What would be (or was) written. */
  plan: { people: number; organizations: string[]; memberships: number };
  applied: boolean;
}

interface PlannedLine {
  line: number;
  person: { givenName: string | null; familyName: string | null; email: string | null; phone: string | null };
  organization: { name: string; kind: OrganizationKind | null } | null;
  membership: { body: 'plenary' | 'working-group'; workingGroupId: string | null; from: string } | null;
}

function isoDate(text: string): string | null {
  const match = GERMAN_DATE.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date.toISOString().slice(0, 10);
}

/**
 * Onboarding: people, their organizations and memberships from one CSV file. A dry run lists every bad
 * line (line, field, reason); nothing is written until the file is confirmed without problems, and then
 * everything in one transaction, with a record of change for each new record.
 */
@Injectable()
export class OnboardingImport {
  constructor(private readonly records: RecordWriter) {}

  async run(csv: string, confirm: boolean, by: Editor): Promise<ImportResult> {
    const { em, now } = await this.records.begin();
    const problems: ImportProblem[] = [];
    const rows = this.parse(csv, problems);
    const planned = problems.length > 0 ? [] : await this.check(em, rows, problems);
    const organizations = [
      ...new Set(planned.flatMap((p) => (p.organization?.kind ? [p.organization.name] : []))),
    ];
    const result: ImportResult = {
      lines: rows.length,
      problems,
      plan: {
        people: planned.length,
        organizations,
        memberships: planned.filter((p) => p.membership).length,
      },
      applied: false,
    };
    if (!confirm || problems.length > 0 || planned.length === 0) return result;
    await this.records.atomically(em, () => this.write(em, planned, by, now));
    return { ...result, applied: true };
  }

  private parse(csv: string, problems: ImportProblem[]): { line: number; row: Row }[] {
    let records: { record: Row; info: { lines: number } }[];
    try {
      records = parse(csv, {
        columns: true,
        bom: true,
        delimiter: [';', ','],
        skip_empty_lines: true,
        trim: true,
        info: true,
      }) as { record: Row; info: { lines: number } }[];
    } catch (error) {
      const line = (error as { lines?: number }).lines ?? 1;
      problems.push({
        line,
        field: '(Datei)',
        reason: `keine lesbare CSV-Datei: ${(error as Error).message}`,
      });
      return [];
    }
    if (records.length === 0) {
      problems.push({
        line: 1,
        field: '(Datei)',
        reason: 'die Datei enthält keine Zeile unter der Kopfzeile',
      });
      return [];
    }
    const header = Object.keys(records[0].record);
    const unknown = header.filter((name) => !(IMPORT_COLUMNS as readonly string[]).includes(name));
    for (const name of unknown) {
      problems.push({
        line: 1,
        field: name,
        reason: `unbekannte Spalte (erlaubt: ${IMPORT_COLUMNS.join(', ')})`,
      });
    }
    if (records.length > MAX_IMPORT_LINES) {
      problems.push({ line: 1, field: '(Datei)', reason: `höchstens ${MAX_IMPORT_LINES} Zeilen je Datei` });
    }
    return records.map(({ record, info }) => ({ line: info.lines, row: record }));
  }

  private async check(
    em: EntityManager,
    rows: { line: number; row: Row }[],
    problems: ImportProblem[],
  ): Promise<PlannedLine[]> {
    const emails = rows.map(({ row }) => row['E-Mail']?.toLowerCase()).filter((e): e is string => Boolean(e));
    const existing = new Set(
      (await em.find(Person, { email: { $in: emails } }, { fields: ['email'] })).map((p) => p.email),
    );
    const organizations = await em.find(Organization, {});
    const groups = await em.find(WorkingGroup, { status: 'active' });
    const seen = new Map<string, number>();
    const representedIn = new Map<string, number>();
    const planned: PlannedLine[] = [];
    for (const { line, row } of rows) {
      const bad = (field: Column, reason: string) => problems.push({ line, field, reason });
      const before = problems.length;
      const givenName = row.Vorname || null;
      const familyName = row.Nachname || null;
      if (!givenName && !familyName) bad('Nachname', 'Vor- oder Nachname fehlt');
      const email = row['E-Mail']?.toLowerCase() || null;
      if (email && !EMAIL.test(email)) bad('E-Mail', 'ist keine E-Mail-Adresse');
      else if (email && existing.has(email))
        bad('E-Mail', 'eine Person mit dieser E-Mail-Adresse gibt es schon');
      else if (email && seen.has(email))
        bad('E-Mail', `dieselbe E-Mail-Adresse steht schon in Zeile ${seen.get(email)}`);
      if (email && !seen.has(email)) seen.set(email, line);
      const phone = row.Telefon || null;
      if (phone && !PHONE.test(phone)) bad('Telefon', 'nur Ziffern, Leerzeichen und + ( ) / - sind erlaubt');

      let organization: PlannedLine['organization'] = null;
      if (row.Organisation) {
        const known = organizations.find((o) => o.name.toLowerCase() === row.Organisation!.toLowerCase());
        const kind = row.Organisationsart ? KIND_NAMES[row.Organisationsart.toLowerCase()] : undefined;
        if (row.Organisationsart && !kind)
          bad('Organisationsart', `unbekannte Art „${row.Organisationsart}“`);
        else if (!known && !kind) bad('Organisationsart', 'fehlt für eine neue Organisation');
        organization = { name: known?.name ?? row.Organisation, kind: known ? null : (kind ?? null) };
      } else if (row.Organisationsart) {
        bad('Organisation', 'fehlt, obwohl eine Organisationsart angegeben ist');
      }

      let membership: PlannedLine['membership'] = null;
      if (row.Gremium) {
        const from = row.Seit ? isoDate(row.Seit) : null;
        if (!from) bad('Seit', row.Seit ? 'ist kein Datum (TT.MM.JJJJ)' : 'fehlt für eine Mitgliedschaft');
        if (row.Gremium.toLowerCase() === PLENARY) {
          if (!organization)
            bad('Organisation', 'fehlt: ein Mitglied der Vollversammlung vertritt eine Organisation (R8)');
          else {
            const key = organization.name.toLowerCase();
            const represented = organizations.find((o) => o.name.toLowerCase() === key);
            const taken =
              represented &&
              (await em.count(Membership, {
                body: 'plenary',
                onBehalfOfId: represented.id,
                $or: [{ to: null }, { to: { $gte: from ?? '0000-01-01' } }],
              }));
            if (taken) bad('Gremium', `${organization.name} ist in der Vollversammlung schon vertreten (R8)`);
            else if (representedIn.has(key))
              bad(
                'Gremium',
                `${organization.name} wird schon in Zeile ${representedIn.get(key)} vertreten (R8)`,
              );
            else representedIn.set(key, line);
          }
          membership = from ? { body: 'plenary', workingGroupId: null, from } : null;
        } else {
          const group = groups.find((g) => g.name.toLowerCase() === row.Gremium!.toLowerCase());
          if (!group) bad('Gremium', `keine aktive Arbeitsgruppe „${row.Gremium}“ (oder „Vollversammlung“)`);
          membership = group && from ? { body: 'working-group', workingGroupId: group.id, from } : null;
        }
      } else if (row.Seit) {
        bad('Gremium', 'fehlt, obwohl ein Datum angegeben ist');
      }
      if (problems.length === before) {
        planned.push({ line, person: { givenName, familyName, email, phone }, organization, membership });
      }
    }
    return problems.length > 0 ? [] : planned;
  }

  private async write(em: EntityManager, planned: PlannedLine[], by: Editor, now: Date): Promise<void> {
    const organizations = new Map(
      (await em.find(Organization, {})).map((organization) => [
        organization.name.toLowerCase(),
        organization,
      ]),
    );
    const created: { kind: 'person' | 'organization' | 'membership'; record: { id: string } }[] = [];
    for (const line of planned) {
      let organization = line.organization
        ? organizations.get(line.organization.name.toLowerCase())
        : undefined;
      if (line.organization && !organization && line.organization.kind) {
        organization = em.create(Organization, {
          id: randomUUID(),
          name: line.organization.name,
          kind: line.organization.kind,
          createdAt: now,
          updatedAt: now,
        });
        organizations.set(organization.name.toLowerCase(), organization);
        created.push({ kind: 'organization', record: organization });
      }
      const { givenName, familyName, email, phone } = line.person;
      const person = em.create(Person, {
        id: randomUUID(),
        name: [givenName, familyName].filter(Boolean).join(' '),
        givenName,
        familyName,
        email,
        phone,
        organizationId: organization?.id ?? null,
        createdAt: now,
        updatedAt: now,
      });
      created.push({ kind: 'person', record: person });
      if (line.membership) {
        const membership = em.create(Membership, {
          id: randomUUID(),
          personId: person.id,
          body: line.membership.body,
          workingGroupId: line.membership.workingGroupId,
          role: 'member',
          from: line.membership.from,
          to: null,
          topic: null,
          onBehalfOfId: line.membership.body === 'plenary' ? (organization?.id ?? null) : null,
          createdAt: now,
          updatedAt: now,
        });
        created.push({ kind: 'membership', record: membership });
      }
    }
    await em.flush();
    for (const { kind, record } of created) {
      await appendRecordChange(em, {
        kind,
        subjectId: record.id,
        action: 'created',
        actorId: by.userId,
        at: now,
        before: null,
        after: snapshot(record),
      });
    }
  }
}
