import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { waitFor } from '@gremium/testing';
import { CouncilFixture, type SteeringCouncil } from './support/council-fixture';
import { freePort } from './support/free-port';
import type { HttpClient } from './support/http-client';
import { pdfText } from './support/pdf-text';
import { samplePdf } from './support/sample-files';
import { TestApp } from './support/test-app';

const DAY = 86_400_000;
const SECRET = 'Gisela Verborgen';
const WITHDRAWN = 'Walter Widerruf';
const PUBLIC_NAME = 'Moderation Nummer1';
const SCHEMAS = join(__dirname, 'oparl', 'schemas');
const TYPE_PREFIX = 'https://schema.oparl.org/1.1/';

/** The project's OParl 1.1 schemas (test/oparl/schemas), compiled once. */
function validators(): { list: ValidateFunction; byType: Map<string, ValidateFunction> } {
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
  addFormats(ajv);
  const files = readdirSync(SCHEMAS).filter((file) => file.endsWith('.json'));
  for (const file of files) ajv.addSchema(JSON.parse(readFileSync(join(SCHEMAS, file), 'utf8')) as object);
  const byType = new Map<string, ValidateFunction>();
  for (const file of files.filter((f) => f !== 'common.json')) {
    const type = file.replace(/\.json$/, '');
    byType.set(`${TYPE_PREFIX}${type}`, ajv.getSchema(`https://gremium.example/oparl-schemas/${file}`)!);
  }
  return {
    list: ajv.getSchema('https://gremium.example/oparl-schemas/common.json#/definitions/list')!,
    byType,
  };
}

/** Every string in a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Objects with an OParl `type` inside a JSON value (the value itself, embedded ones too). */
function oparlObjects(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(oparlObjects);
  if (!value || typeof value !== 'object') return [];
  const object = value as Record<string, unknown>;
  const own = typeof object.type === 'string' && object.type.startsWith(TYPE_PREFIX) ? [object] : [];
  return [...own, ...Object.values(object).flatMap(oparlObjects)];
}

describe('Open council data: OParl 1.1 and the public page publish what was decided, and nobody without consent', () => {
  let app: TestApp;
  let ks: HttpClient;
  let council: CouncilFixture;
  let sg: SteeringCouncil;
  let base: string;
  let secretId: string;
  let publicId: string;
  let endorsed: { id: string; processId: string };
  let signedOff: { id: string; processId: string };
  let steeringMeeting: { id: string; processId: string };
  let withheldMeeting: { id: string; processId: string };
  let plannedMeeting: { id: string };

  const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
  const command = (client: HttpClient, processId: string, type: string, payload: object = {}) =>
    client.post(`/processes/${processId}/commands`, { type, payload });
  const oparl = async (url: string) => {
    const response = await fetch(url);
    return { status: response.status, headers: response.headers, text: await response.text() };
  };
  const isJson = (headers: Headers) => (headers.get('content-type') ?? '').startsWith('application/json');
  const attach = async (name: string, subjectKind: string, subjectId: string) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(samplePdf('Lageplan'))], { type: 'application/pdf' }), name);
    const uploaded = await fetch(`${ks.baseUrl}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ks.token}` },
      body: form,
    });
    expect(uploaded.status).toBe(201);
    const { id } = (await uploaded.json()) as { id: string };
    expect((await ks.post('/attachments', { fileId: id, subjectKind, subjectId })).status).toBe(201);
    return id;
  };

  /** A recommendation of AG 1, submitted by its moderator for the steering group's sign-off. */
  const draft = async (title: string) => {
    const moderator = sg.members[1];
    const created = await moderator.http.post('/recommendations', {
      workingGroupId: sg.groupIds[0],
      title,
      text: `Die AG empfiehlt: ${title}. Vorgeschlagen von ${SECRET}.`,
      addressees: ['administration'],
      tags: ['Sicherheit'],
    });
    expect(created.status).toBe(201);
    expect((await command(moderator.http, created.body.processId, 'SUBMIT')).status).toBe(200);
    return created.body as { id: string; processId: string };
  };
  const signOff = async (recommendation: { id: string; processId: string }) => {
    for (const member of sg.members.slice(0, 4)) {
      expect(
        (await command(member.http, recommendation.processId, 'SIGN_OFF', { vote: 'approve' })).status,
      ).toBe(200);
    }
    expect((await ks.get(`/recommendations/${recommendation.id}`)).body.state).toBe('endorsed');
    return recommendation;
  };

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    app = await TestApp.start({ port, env: { PUBLIC_URL: base } });
    ks = await app.login();
    council = new CouncilFixture(app, ks);
    sg = await council.steeringGroup(2);
    const [, moderator, , police] = sg.members;
    publicId = moderator.personId;
    const groupId = sg.groupIds[0];
    secretId = await council.person(SECRET);
    const joined = await ks.post('/memberships', {
      personId: secretId,
      workingGroupId: groupId,
      role: 'member',
      from: '2026-01-01',
    });
    expect(joined.status).toBe(201);

    // Consent: the moderator of AG 1 and the police seat's holder agree; the police holder withdraws later.
    const today = inDays(0);
    for (const person of [moderator, police]) {
      const consent = await ks.put(`/people/${person.personId}`, {
        givenName: person.name.split(' ')[0],
        familyName: person.name.split(' ').slice(1).join(' '),
        publicProfile: true,
        publicProfileConsentOn: today,
      });
      expect(consent.status).toBe(200);
    }
    const withdrawnId = await council.person(WITHDRAWN);
    expect(
      (
        await ks.put(`/people/${withdrawnId}`, {
          name: WITHDRAWN,
          publicProfile: true,
          publicProfileConsentOn: today,
        })
      ).status,
    ).toBe(200);
    expect((await ks.put(`/people/${withdrawnId}`, { name: WITHDRAWN, publicProfile: false })).status).toBe(
      200,
    );

    // A recommendation endorsed by sign-off before the meeting, another one decided in the meeting.
    signedOff = await signOff(await draft('Zurückgehaltene Empfehlung'));
    endorsed = await draft('Beleuchtung am Bahnhof');

    steeringMeeting = await council.meeting('steering', inDays(1), 'Steuerungsgruppe, 1. Quartal');
    withheldMeeting = await council.meeting('working-group', inDays(1), 'AG 1 intern', {
      workingGroupId: groupId,
    });
    plannedMeeting = await council.meeting('plenary', inDays(30), 'Vollversammlung noch ungeladen');
    expect(
      (
        await ks.post(`/meetings/${steeringMeeting.id}/agenda-items`, {
          title: `Bericht von ${SECRET}`,
          kind: 'report',
        })
      ).status,
    ).toBe(201);
    for (const meeting of [steeringMeeting, withheldMeeting]) {
      expect((await command(ks, meeting.processId, 'INVITE')).status).toBe(200);
    }
    expect((await ks.put('/test/clock', { offsetMs: 2 * DAY })).status).toBe(200);
    expect(
      (await command(ks, steeringMeeting.processId, 'HOLD', { attendance: [publicId, secretId] })).status,
    ).toBe(200);
    const agenda = (await ks.get(`/meetings/${steeringMeeting.id}`)).body.agenda as {
      id: string;
      processId: string | null;
    }[];
    const item = agenda.find((entry) => entry.processId === endorsed.processId)!;
    const report = agenda.find((entry) => entry.processId === null)!;
    expect(
      (
        await ks.put(`/meetings/${steeringMeeting.id}/minutes`, {
          attendance: [publicId, secretId],
          items: [
            {
              agendaItemId: item.id,
              result: 'Befürwortet',
              decision: 'endorsed',
              votes: { yes: 5, no: 0, abstain: 1 },
            },
            { agendaItemId: report.id, result: `${SECRET} berichtet über die Lage.` },
          ],
        })
      ).status,
    ).toBe(200);
    expect((await command(ks, steeringMeeting.processId, 'APPROVE_MINUTES')).status).toBe(200);
    await waitFor(
      async () => ((await ks.get(`/recommendations/${endorsed.id}`)).body.state === 'endorsed' ? true : null),
      { what: 'the recommendation endorsed from the minutes' },
    );
    expect(
      (
        await command(ks, endorsed.processId, 'FORWARD', {
          addressee: 'administration',
          reference: 'Az. 32/2026',
          date: inDays(2),
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await command(ks, endorsed.processId, 'RECORD_ANSWER', {
          addressee: 'administration',
          summary: `Die Verwaltung prüft den Vorschlag von ${SECRET}.`,
          date: inDays(2),
        })
      ).status,
    ).toBe(200);
    await attach(`Lageplan ${SECRET}.pdf`, 'meeting', steeringMeeting.id);
    await attach('Begründung.pdf', 'recommendation', endorsed.id);
    await attach('Interne Notiz.pdf', 'meeting', withheldMeeting.id);
  });
  afterAll(() => app.close());

  describe('publication is a decision', () => {
    it('needs the day of consent, not in the future, from the coordination office only; an erased person has none', async () => {
      const id = await council.person('Paul Probe');
      const missing = await ks.put(`/people/${id}`, { name: 'Paul Probe', publicProfile: true });
      expect(missing.status).toBe(400);
      expect(missing.body.key).toBe('person.consent_required');
      const future = await ks.put(`/people/${id}`, {
        name: 'Paul Probe',
        publicProfile: true,
        publicProfileConsentOn: inDays(30),
      });
      expect(future.status).toBe(400);
      expect(future.body.key).toBe('person.consent_in_future');
      const notADate = await ks.put(`/people/${id}`, {
        name: 'Paul Probe',
        publicProfileConsentOn: '2026-02-31',
      });
      expect(notADate.status).toBe(400);
      const viewer = sg.members[1].http;
      expect(
        (
          await viewer.put(`/people/${id}`, {
            name: 'Paul Probe',
            publicProfile: true,
            publicProfileConsentOn: inDays(0),
          })
        ).status,
      ).toBe(403);
      expect((await ks.get(`/people/${id}`)).body).toMatchObject({
        publicProfile: false,
        publicProfileConsentOn: null,
      });

      expect((await ks.post(`/people/${id}/erase`, {})).status).toBe(200);
      const erased = await ks.put(`/people/${id}`, {
        name: 'x',
        publicProfile: true,
        publicProfileConsentOn: inDays(0),
      });
      expect(erased.status).toBe(409);
      expect(erased.body.key).toBe('person.erased_not_public');
    });

    it('withholds a meeting and a recommendation with a reason, audited as records of change', async () => {
      const noReason = await ks.put(`/meetings/${withheldMeeting.id}/publication`, { withheld: true });
      expect(noReason.status).toBe(400);
      expect(noReason.body.key).toBe('publication.reason_required');
      expect(
        (
          await sg.members[1].http.put(`/meetings/${withheldMeeting.id}/publication`, {
            withheld: true,
            reason: 'x',
          })
        ).status,
      ).toBe(403);
      const meeting = await ks.put(`/meetings/${withheldMeeting.id}/publication`, {
        withheld: true,
        reason: 'Personalangelegenheit',
      });
      expect(meeting.status).toBe(200);
      expect(meeting.body).toMatchObject({ due: true, withheld: true, published: false });
      const paper = await ks.put(`/recommendations/${signedOff.id}/publication`, {
        withheld: true,
        reason: 'Laufendes Verfahren',
      });
      expect(paper.status).toBe(200);
      expect((await ks.get(`/meetings/${plannedMeeting.id}/publication`)).body).toMatchObject({
        due: false,
        published: false,
      });
      for (const [kind, id] of [
        ['meeting', withheldMeeting.id],
        ['recommendation', signedOff.id],
      ]) {
        const changes = (
          await ks.get(`/record-changes?filter=${encodeURIComponent(JSON.stringify({ subjectId: id }))}`)
        ).body as { subjectType: string; changes: { field: string; to: unknown }[] }[];
        expect(changes.find((c) => c.subjectType === kind)?.changes).toEqual(
          expect.arrayContaining([expect.objectContaining({ field: 'withheld', to: true })]),
        );
      }
    });

    it('a recommendation cancelled after its endorsement is no longer published, in its publication as in OParl and on the public page; a cancelled meeting stays', async () => {
      const title = 'Videoschutz am Marktplatz';
      const recommendation = await signOff(await draft(title));
      const publication = `/recommendations/${recommendation.id}/publication`;
      const paper = async () => JSON.parse((await oparl(`${base}/oparl/v1/paper/${recommendation.id}`)).text);
      const page = async () => (await oparl(`${base}/oeffentlich`)).text;
      expect((await ks.get(publication)).body).toMatchObject({
        due: true,
        retracted: false,
        published: true,
      });
      expect((await paper()).name).toBe(title);
      expect(await page()).toContain(title);

      expect(
        (await command(ks, recommendation.processId, 'CANCEL', { reason: 'Hat sich erledigt' })).status,
      ).toBe(200);
      expect((await ks.get(`/recommendations/${recommendation.id}`)).body.state).toBe('cancelled');
      expect((await ks.get(publication)).body).toMatchObject({
        due: false,
        retracted: true,
        withheld: false,
        published: false,
      });
      expect((await paper()).deleted).toBe(true);
      expect(await page()).not.toContain(title);
      // Withholding and releasing it again does not bring it back.
      expect((await ks.put(publication, { withheld: true, reason: 'Abgebrochen' })).body.published).toBe(
        false,
      );
      expect((await ks.put(publication, { withheld: false })).body).toMatchObject({
        retracted: true,
        published: false,
      });
      expect((await paper()).deleted).toBe(true);

      const meeting = await council.meeting('plenary', inDays(5), 'Sondersitzung Sicherheit');
      expect((await command(ks, meeting.processId, 'INVITE')).status).toBe(200);
      expect(
        (await command(ks, meeting.processId, 'CANCEL', { reason: 'Raum nicht verfügbar' })).status,
      ).toBe(200);
      expect((await ks.get(`/meetings/${meeting.id}/publication`)).body).toMatchObject({
        due: true,
        retracted: false,
        published: true,
      });
      const listed = JSON.parse((await oparl(`${base}/oparl/v1/meeting/${meeting.id}`)).text);
      expect(listed).toMatchObject({ name: 'Sondersitzung Sicherheit', cancelled: true });
      expect(listed.deleted).toBeUndefined();
      expect(await page()).toContain('Sondersitzung Sicherheit – abgesagt');
    });
  });

  describe('OParl 1.1', () => {
    it('validates every object of every type against the schemas, pages to the end, and every reference answers', async () => {
      const { list, byType } = validators();
      const counts = new Map<string, number>();
      const distinct = new Map<string, Set<string>>();
      const seen = new Set<string>();
      const queue = [`${base}/oparl/v1/system`];
      const lists = new Set<string>();
      const problems: string[] = [];
      let downloads = 0;
      const validate = (object: Record<string, unknown>, where: string) => {
        const check = byType.get(String(object.type));
        if (!check) return problems.push(`${where}: unknown type ${String(object.type)}`);
        if (!check(object)) problems.push(`${where}: ${JSON.stringify(check.errors)}`);
        const type = String(object.type).slice(TYPE_PREFIX.length);
        counts.set(type, (counts.get(type) ?? 0) + 1);
        distinct.set(type, (distinct.get(type) ?? new Set<string>()).add(String(object.id)));
      };
      while (queue.length) {
        const url = queue.shift()!;
        if (seen.has(url)) continue;
        seen.add(url);
        const response = await oparl(url);
        if (response.status !== 200) {
          problems.push(`${url} answered ${response.status}`);
          continue;
        }
        expect(response.headers.get('access-control-allow-origin')).toBe('*');
        if (!isJson(response.headers)) {
          downloads += 1;
          continue;
        }
        const body = JSON.parse(response.text) as Record<string, unknown>;
        if (Array.isArray(body.data)) {
          lists.add(url.split('?')[0]);
          if (!list(body)) problems.push(`${url}: ${JSON.stringify(list.errors)}`);
          const next = (body.links as { next?: string }).next;
          if (next) queue.push(next);
        }
        for (const object of oparlObjects(body)) validate(object, url);
        for (const link of strings(body)) {
          if (link.startsWith(`${base}/oparl/`) && !seen.has(link)) queue.push(link);
        }
      }
      console.log(
        `OParl objects validated per type (validations / distinct objects): ${JSON.stringify(
          Object.fromEntries(
            [...counts].sort().map(([type, n]) => [type, `${n} / ${distinct.get(type)?.size}`]),
          ),
        )}; ` + `${seen.size} URLs fetched, ${lists.size} lists, ${downloads} documents downloaded`,
      );
      expect(problems).toEqual([]);
      for (const type of [
        'System',
        'Body',
        'Organization',
        'Person',
        'Membership',
        'Meeting',
        'AgendaItem',
        'Location',
        'Paper',
        'Consultation',
        'File',
      ]) {
        expect(counts.get(type) ?? 0).toBeGreaterThan(0);
      }
      expect(downloads).toBe(2);
    });

    it('pages with links.next and keeps the filters on every page', async () => {
      const first = JSON.parse(
        (
          await oparl(
            `${base}/oparl/v1/body/praeventionsrat/organizations?elementsPerPage=2&created_since=2000-01-01T00:00:00Z`,
          )
        ).text,
      );
      expect(first.data).toHaveLength(2);
      expect(first.pagination).toMatchObject({ elementsPerPage: 2, currentPage: 1 });
      expect(first.links.next).toContain('created_since=2000-01-01T00%3A00%3A00Z');
      expect(first.links.next).toContain('page=2');
      const ids: string[] = [];
      let url: string | undefined = first.links.first;
      while (url) {
        const page = JSON.parse((await oparl(url)).text);
        ids.push(...page.data.map((o: { id: string }) => o.id));
        url = page.links.next;
      }
      expect(ids).toHaveLength(first.pagination.totalElements);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('filters on created and modified, and refuses a filter that is no date-time', async () => {
      const future = new Date(Date.now() + 400 * DAY).toISOString();
      const none = JSON.parse(
        (await oparl(`${base}/oparl/v1/body/praeventionsrat/papers?modified_since=${future}`)).text,
      );
      expect(none.data).toEqual([]);
      const all = JSON.parse(
        (await oparl(`${base}/oparl/v1/body/praeventionsrat/papers?modified_until=${future}`)).text,
      );
      expect(all.data).toHaveLength(3);
      const bad = await oparl(`${base}/oparl/v1/body/praeventionsrat/papers?created_since=2026-01-01`);
      expect(bad.status).toBe(400);
      expect((await oparl(`${base}/oparl/v1/paper/${plannedMeeting.id}`)).status).toBe(404);
      const preflight = await fetch(`${base}/oparl/v1/system`, {
        method: 'OPTIONS',
        headers: { origin: 'https://ris.example.org', 'access-control-request-method': 'GET' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    });

    it('publishes from the invitation and the endorsement on; withheld and withdrawn objects are deleted', async () => {
      const get = async (path: string) => JSON.parse((await oparl(`${base}/oparl/v1/${path}`)).text);
      const meetings = (await get('body/praeventionsrat/meetings')).data as Record<string, unknown>[];
      expect(meetings.map((m) => m.id)).not.toContain(`${base}/oparl/v1/meeting/${plannedMeeting.id}`);
      const withheld = await get(`meeting/${withheldMeeting.id}`);
      expect(Object.keys(withheld).sort()).toEqual(['created', 'deleted', 'id', 'modified', 'type']);
      expect(withheld.deleted).toBe(true);
      expect((await get(`paper/${signedOff.id}`)).deleted).toBe(true);

      const meeting = await get(`meeting/${steeringMeeting.id}`);
      expect(meeting.participant).toEqual([`${base}/oparl/v1/person/${publicId}`]);
      const decided = meeting.agendaItem.find((i: { consultation?: string }) => i.consultation);
      expect(decided.result).toBe('Befürwortet (Ja 5, Nein 0, Enthaltung 1)');
      const consultation = await get(decided.consultation.slice(`${base}/oparl/v1/`.length));
      expect(consultation).toMatchObject({
        paper: `${base}/oparl/v1/paper/${endorsed.id}`,
        meeting: `${base}/oparl/v1/meeting/${steeringMeeting.id}`,
        organization: [`${base}/oparl/v1/organization/steering`],
        authoritative: true,
      });
      const paper = await get(`paper/${endorsed.id}`);
      expect(paper.consultation).toHaveLength(2);
      const answer = await get(`consultation/${endorsed.id}-administration`);
      expect(answer).toMatchObject({
        role: 'Antwort',
        organization: [`${base}/oparl/v1/organization/administration`],
      });

      const people = (await get('body/praeventionsrat/people')).data as Record<string, unknown>[];
      expect(
        people
          .filter((p) => !p.deleted)
          .map((p) => p.name)
          .sort(),
      ).toEqual(['Berufen police', PUBLIC_NAME]);
      expect(people.filter((p) => p.deleted)).toHaveLength(1);
      const person = await get(`person/${publicId}`);
      expect(person.membership.map((m: { role: string }) => m.role).sort()).toEqual([
        'Moderation',
        'Moderation der Arbeitsgruppe „AG 1“',
      ]);
    });
  });

  describe('documents and annual reports', () => {
    it('publishes the documents of published items; those of a withheld meeting are deleted, their content gone', async () => {
      const files = JSON.parse((await oparl(`${base}/oparl/v1/body/praeventionsrat/files`)).text).data as {
        id: string;
        deleted?: boolean;
        fileName?: string;
        accessUrl?: string;
      }[];
      expect(
        files
          .filter((f) => !f.deleted)
          .map((f) => f.fileName)
          .sort(),
      ).toEqual(['Begründung.pdf', 'Lageplan N. N.pdf']);
      const gone = files.find((f) => f.deleted)!;
      expect((await oparl(`${gone.id}/download`)).status).toBe(404);
      const shown = await fetch(files.find((f) => f.fileName === 'Begründung.pdf')!.accessUrl!);
      expect(shown.status).toBe(200);
      expect(shown.headers.get('content-type')).toBe('application/pdf');
      const page = (await oparl(`${base}/oeffentlich`)).text;
      expect(page).toContain(
        `<a href="${files.find((f) => f.fileName === 'Begründung.pdf')!.accessUrl}">Begründung.pdf</a>`,
      );
      expect(page).not.toContain('Interne Notiz');
    });

    it('lists a submitted annual report on the public page, its PDF naming only people with consent', async () => {
      expect((await ks.put('/test/clock', { now: '2027-01-20T09:00:00.000Z' })).status).toBe(200);
      // The schedule starts the report on the past year once the clock passes 15 January.
      const processId = await waitFor(
        async () => {
          const filter = encodeURIComponent(JSON.stringify({ definition: 'annual-report' }));
          const found = (await ks.get(`/processes?filter=${filter}`)).body as { id: string }[];
          return found[0]?.id ?? null;
        },
        { what: 'the annual report on 2026 started by its schedule' },
      );
      await council.send(processId, 'SUBMIT_FOR_APPROVAL', {});
      for (const member of sg.members.slice(0, 4)) {
        expect((await command(member.http, processId, 'SIGN_OFF', { vote: 'approve' })).status).toBe(200);
      }
      await council.send(processId, 'SUBMIT_TO_COUNCIL', { date: '2027-02-01', reference: 'VII/2027/00123' });
      const page = await oparl(`${base}/oeffentlich`);
      expect(page.text).toContain('Jahresbericht 2026 (PDF)');
      expect(page.text).toContain(`${base}/oeffentlich/jahresberichte/2026.pdf`);
      const pdf = await fetch(`${base}/oeffentlich/jahresberichte/2026.pdf`);
      expect(pdf.status).toBe(200);
      const { text } = await pdfText(new Uint8Array(await pdf.arrayBuffer()));
      expect(text).toContain('Berufen police');
      expect(text).not.toContain('Berufen science');
      expect(text).toContain('N. N.');
      expect((await fetch(`${base}/oeffentlich/jahresberichte/2025.pdf`)).status).toBe(404);
    });
  });

  it('names nobody without consent: not in OParl, the public page or its calendar', async () => {
    // The name is in the council's own records, so the search below could find it.
    expect(JSON.stringify((await ks.get(`/meetings/${steeringMeeting.id}`)).body)).toContain(SECRET);
    const texts: string[] = [];
    const seen = new Set<string>();
    const queue = [`${base}/oparl/v1/system`];
    while (queue.length) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const { text, headers } = await oparl(url);
      if (!isJson(headers)) continue;
      texts.push(text);
      for (const link of strings(JSON.parse(text))) {
        if (link.startsWith(`${base}/oparl/`) && !seen.has(link)) queue.push(link);
      }
    }
    const page = await oparl(`${base}/oeffentlich`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const ics = await oparl(`${base}/oeffentlich/sitzungen.ics`);
    expect(ics.status).toBe(200);
    const report = await fetch(`${base}/oeffentlich/jahresberichte/2026.pdf`);
    expect(report.status).toBe(200);
    texts.push(page.text, ics.text, (await pdfText(new Uint8Array(await report.arrayBuffer()))).text);
    const all = texts.join('\n');
    expect(all).toContain(PUBLIC_NAME);
    expect(all).toContain('N. N.');
    for (const name of [
      SECRET,
      'Verborgen',
      WITHDRAWN,
      'Widerruf',
      'Berufen science',
      'Koordination Stelle',
    ]) {
      expect(all).not.toContain(name);
    }
    expect(ics.text).toContain(`UID:meeting-${steeringMeeting.id}@gremium`);
    expect(ics.text).not.toContain(withheldMeeting.id);
  });
});
