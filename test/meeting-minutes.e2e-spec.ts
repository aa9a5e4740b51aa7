import { waitFor } from '@gremium/testing';
import { CouncilFixture } from './support/council-fixture';
import type { HttpClient } from './support/http-client';
import { pdfText as readPdf } from './support/pdf-text';
import { TestApp } from './support/test-app';

const DAY = 86_400_000;

interface AgendaItem {
  id: string;
  processId: string | null;
  commandType: string | null;
}

describe('P8 minutes: the decisions of two meetings found a working group', () => {
  let app: TestApp;
  let ks: HttpClient;
  let council: CouncilFixture;

  beforeAll(async () => {
    app = await TestApp.start();
    ks = await app.login();
    council = new CouncilFixture(app, ks);
  });
  afterAll(() => app.close());

  const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
  const send = (processId: string, type: string, payload: object = {}) =>
    ks.post(`/processes/${processId}/commands`, { type, payload });
  const propose = async (name: string) =>
    (
      await ks.post('/processes', {
        definition: 'working-group-founding',
        input: { name, topic: 'Thema', rationale: 'Vorschlag' },
      })
    ).body.id as string;
  const pdfText = async (path: string) => {
    const response = await fetch(`${app.http.baseUrl}${path}`, {
      headers: { authorization: `Bearer ${ks.token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    return (await readPdf(new Uint8Array(await response.arrayBuffer()))).text;
  };
  const page = async (meetingId: string) => (await ks.get(`/meetings/${meetingId}`)).body;
  const itemOf = (agenda: AgendaItem[], processId: string) =>
    agenda.find((item) => item.processId === processId)!;

  it('records both consents from the minutes, and shows a refused dispatch with its reason', async () => {
    const founded = await propose('AG Aus dem Protokoll');
    const withdrawn = await propose('AG Zurückgezogen');
    const plenary = await council.meeting('plenary', inDays(1), 'Vollversammlung Protokoll');
    const steering = await council.meeting('steering', inDays(2), 'Steuerungsgruppe Protokoll');
    for (const meeting of [plenary, steering])
      expect((await send(meeting.processId, 'INVITE')).status).toBe(200);
    expect((await send(withdrawn, 'WITHDRAW', { reason: 'Thema erledigt' })).status).toBe(200);

    const early = await ks.put(`/meetings/${plenary.id}/minutes`, { attendance: [], items: [] });
    expect(early.status).toBe(409);
    expect((await ks.put('/test/clock', { offsetMs: 3 * DAY })).status).toBe(200);
    const person = await council.person('Paula Protokoll');
    for (const meeting of [plenary, steering]) {
      expect((await send(meeting.processId, 'HOLD', { attendance: [person] })).status).toBe(200);
    }
    expect((await send(plenary.processId, 'APPROVE_MINUTES')).status).toBe(409);

    const plenaryAgenda = (await page(plenary.id)).agenda as AgendaItem[];
    const votes = { yes: 31, no: 2, abstain: 1 };
    const wrong = await ks.put(`/meetings/${plenary.id}/minutes`, {
      attendance: [person],
      items: [
        { agendaItemId: itemOf(plenaryAgenda, founded).id, result: 'Angenommen', decision: 'granted', votes },
      ],
    });
    expect(wrong.status).toBe(400);
    expect(JSON.stringify(wrong.body.details)).toContain('items.0.decision');
    const minutes = await ks.put(`/meetings/${plenary.id}/minutes`, {
      attendance: [person],
      items: [
        { agendaItemId: itemOf(plenaryAgenda, founded).id, result: 'Angenommen', decision: 'adopted', votes },
        {
          agendaItemId: itemOf(plenaryAgenda, withdrawn).id,
          result: 'Angenommen',
          decision: 'adopted',
          votes,
        },
      ],
    });
    expect(minutes.status).toBe(200);
    expect((await send(plenary.processId, 'APPROVE_MINUTES')).status).toBe(200);
    const dispatched = await waitFor(
      async () => {
        const items = (await page(plenary.id)).minutes.items as {
          dispatch?: { status: string; reason: string | null };
        }[];
        return items.every((item) => item.dispatch && item.dispatch.status !== 'queued') ? items : null;
      },
      { what: 'the plenary minutes dispatched' },
    );
    expect(dispatched[0]).toMatchObject({ dispatch: { status: 'applied', code: null } });
    expect(dispatched[1]).toMatchObject({ dispatch: { status: 'rejected', code: 'COMMAND_NOT_ALLOWED' } });
    expect(dispatched[1].dispatch?.reason).toContain('PLENARY_DECISION is not allowed');

    const steeringAgenda = (await page(steering.id)).agenda as AgendaItem[];
    expect(
      (
        await ks.put(`/meetings/${steering.id}/minutes`, {
          attendance: [person],
          items: [
            {
              agendaItemId: itemOf(steeringAgenda, founded).id,
              result: 'Einvernehmen hergestellt',
              decision: 'granted',
              votes: { yes: 7, no: 0, abstain: 1 },
            },
          ],
        })
      ).status,
    ).toBe(200);
    expect((await send(steering.processId, 'APPROVE_MINUTES')).status).toBe(200);
    const process = await waitFor(
      async () => {
        const current = (await ks.get(`/processes/${founded}`)).body;
        return current.state === 'founded' ? current : null;
      },
      { what: 'the working group founded' },
    );
    expect(process.context.plenary).toMatchObject({ decision: 'adopted', meetingId: plenary.id, votes });
    expect(process.context.steering).toMatchObject({ decision: 'granted', meetingId: steering.id });
    const groups = (
      await ks.get(`/working-groups?filter=${encodeURIComponent('{"q":"AG Aus dem Protokoll"}')}`)
    ).body;
    expect(groups).toEqual([expect.objectContaining({ name: 'AG Aus dem Protokoll', status: 'active' })]);
    const history = (await ks.get(`/processes/${founded}/history`)).body as {
      type: string;
      actor: { type: string };
    }[];
    expect(
      history.filter((event) => event.type.endsWith('_DECISION')).map((event) => event.actor.type),
    ).toEqual(['user', 'user']);
    expect((await page(plenary.id)).state).toBe('minutesApproved');

    // The minutes and the agenda as PDF, read back by a PDF text extractor.
    const minutesText = await pdfText(`/meetings/${plenary.id}/minutes.pdf`);
    expect(minutesText).toContain('Protokoll');
    expect(minutesText).toContain('TOP 1: Gründung der Arbeitsgruppe „AG Aus dem Protokoll“');
    expect(minutesText).toContain('TOP 2: Gründung der Arbeitsgruppe „AG Zurückgezogen“');
    expect(minutesText).toContain('Beschluss: Beschlossen (Ja 31, Nein 2, Enthaltungen 1)');
    expect(minutesText).toContain('Paula Protokoll');
    expect(minutesText).toContain('nicht übernommen');
    expect(minutesText).toContain('Seite 1 von 1');
    const agendaText = await pdfText(`/meetings/${steering.id}/agenda.pdf`);
    expect(agendaText).toContain('Tagesordnung');
    expect(agendaText).toContain('Gründung der Arbeitsgruppe „AG Aus dem Protokoll“');
    expect(agendaText).toMatch(/\d{2}\.\d{2}\.\d{4}, 10:00–12:00 Uhr/);
    await ks.put('/test/clock', { offsetMs: 0 });
  });
});
