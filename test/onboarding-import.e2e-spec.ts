import { tablesChecksum } from '@gremium/testing';
import type { HttpClient } from './support/http-client';
import { TestApp } from './support/test-app';

const TABLES = ['person', 'organization', 'membership', 'record_change'];

describe('onboarding: people, organizations and memberships from CSV', () => {
  let app: TestApp;
  let ks: HttpClient;

  beforeAll(async () => {
    app = await TestApp.start({ worker: 'off' });
    ks = await app.login();
    await ks.post('/people', { givenName: 'Vorhanden', familyName: 'Schon', email: 'schon@halle.test' });
    await ks.post('/organizations', { name: 'Polizeirevier Halle', kind: 'police' });
  });
  afterAll(() => app.close());

  const run = (csv: string, confirm: boolean) => ks.post('/imports/onboarding', { csv, confirm });

  it('lists every bad line with line number, field and reason, and writes nothing even when confirmed', async () => {
    const csv = [
      'Vorname;Nachname;E-Mail;Telefon;Organisation;Organisationsart;Gremium;Seit',
      'Anna;Roth;anna.roth@halle.test;0345 111;Polizeirevier Halle;;Vollversammlung;01.02.2026',
      ';;ohne-name@halle.test;;;;;',
      'Ben;Kurz;keine-adresse;;;;;',
      'Clara;Doppelt;anna.roth@halle.test;;;;;',
      'Dora;Alt;SCHON@halle.test;;;;;',
      'Emil;Neu;emil@halle.test;;Verein Neu;Fußballclub;;',
      'Fritz;Datum;fritz@halle.test;;;;Vollversammlung;31.02.2026',
      'Gina;Gruppe;gina@halle.test;;;;AG Unbekannt;01.03.2026',
      'Hans;Vertreter;hans@halle.test;;Polizeirevier Halle;;Vollversammlung;01.03.2026',
    ].join('\n');
    const before = await tablesChecksum(app.db.url, TABLES);
    const answer = await run(csv, true);
    expect(answer.status).toBe(200);
    expect(answer.body.applied).toBe(false);
    expect(answer.body.lines).toBe(9);
    expect(answer.body.problems).toEqual([
      { line: 3, field: 'Nachname', reason: 'Vor- oder Nachname fehlt' },
      { line: 4, field: 'E-Mail', reason: 'ist keine E-Mail-Adresse' },
      { line: 5, field: 'E-Mail', reason: 'dieselbe E-Mail-Adresse steht schon in Zeile 2' },
      { line: 6, field: 'E-Mail', reason: 'eine Person mit dieser E-Mail-Adresse gibt es schon' },
      { line: 7, field: 'Organisationsart', reason: 'unbekannte Art „Fußballclub“' },
      { line: 8, field: 'Seit', reason: 'ist kein Datum (TT.MM.JJJJ)' },
      {
        line: 8,
        field: 'Organisation',
        reason: expect.stringMatching(/^fehlt: ein Mitglied der Vollversammlung/),
      },
      {
        line: 9,
        field: 'Gremium',
        reason: 'keine aktive Arbeitsgruppe „AG Unbekannt“ (oder „Vollversammlung“)',
      },
      { line: 10, field: 'Gremium', reason: 'Polizeirevier Halle wird schon in Zeile 2 vertreten (R8)' },
    ]);
    expect(await tablesChecksum(app.db.url, TABLES)).toBe(before);
  });

  it('shows the plan in a dry run, writes nothing, then writes everything once confirmed', async () => {
    const csv = [
      'Vorname,Nachname,E-Mail,Telefon,Organisation,Organisationsart,Gremium,Seit',
      'Anna,Roth,Anna.Roth@halle.test,0345 111,Polizeirevier Halle,,Vollversammlung,01.02.2026',
      'Emil,Neu,emil@halle.test,,Verein Neu,Verein oder Verband,Vollversammlung,01.02.2026',
      'Frieda,Ohne,,,,,,',
    ].join('\n');
    const before = await tablesChecksum(app.db.url, TABLES);
    const dry = await run(csv, false);
    expect(dry.body).toEqual({
      lines: 3,
      problems: [],
      plan: { people: 3, organizations: ['Verein Neu'], memberships: 2 },
      applied: false,
    });
    expect(await tablesChecksum(app.db.url, TABLES)).toBe(before);

    const done = await run(csv, true);
    expect(done.body).toMatchObject({ applied: true, plan: { people: 3, memberships: 2 } });
    const people = (await ks.get(`/people?filter=${encodeURIComponent(JSON.stringify({ q: 'halle.test' }))}`))
      .body;
    expect(people.map((p: { email: string }) => p.email).sort()).toEqual([
      'anna.roth@halle.test',
      'emil@halle.test',
      'schon@halle.test',
    ]);
    const anna = people.find((p: { email: string }) => p.email === 'anna.roth@halle.test');
    const memberships = (
      await ks.get(`/memberships?filter=${encodeURIComponent(JSON.stringify({ personId: anna.id }))}`)
    ).body;
    expect(memberships).toEqual([
      expect.objectContaining({ body: 'plenary', from: '2026-02-01', role: 'member' }),
    ]);
    const changes = (
      await ks.get(`/record-changes?filter=${encodeURIComponent(JSON.stringify({ subjectId: anna.id }))}`)
    ).body;
    expect(changes).toEqual([expect.objectContaining({ action: 'created' })]);

    // The same file again: the e-mails are known now, and both organizations are represented.
    const again = await run(csv, true);
    expect(again.body.applied).toBe(false);
    expect(again.body.problems.map((p: { line: number; field: string }) => [p.line, p.field])).toEqual([
      [2, 'E-Mail'],
      [2, 'Gremium'],
      [3, 'E-Mail'],
      [3, 'Gremium'],
    ]);
  });

  it('refuses unknown columns, an empty file and a viewer', async () => {
    const answer = await run('Name;Mail\nAnna;a@b.de', false);
    expect(answer.body.problems).toEqual([
      expect.objectContaining({
        line: 1,
        field: 'Name',
        reason: expect.stringMatching(/^unbekannte Spalte/),
      }),
      expect.objectContaining({ line: 1, field: 'Mail' }),
    ]);
    expect((await run('Vorname;Nachname', false)).body.problems).toEqual([
      { line: 1, field: '(Datei)', reason: 'die Datei enthält keine Zeile unter der Kopfzeile' },
    ]);
    expect((await ks.post('/imports/onboarding', { csv: 'x', confirm: 'ja' })).status).toBe(400);
    await ks.post('/users', { email: 'leser@halle.test', password: 'Nur-Lesen-2026!', roles: ['viewer'] });
    const viewer = await app.login('leser@halle.test', 'Nur-Lesen-2026!');
    expect((await viewer.post('/imports/onboarding', { csv: 'Vorname\nA', confirm: false })).status).toBe(
      403,
    );
  });
});
