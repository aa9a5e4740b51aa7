import { fragileDefinition, waitFor } from '@gremium/testing';
import { JobPublisher } from '@gremium/platform';
import { INCIDENT_AFTER_ATTEMPTS } from '@gremium/workflow';
import { CouncilFixture } from './support/council-fixture';
import type { HttpClient } from './support/http-client';
import { TestApp } from './support/test-app';

describe('incidents: commands that keep failing for infrastructure reasons, and their retry', () => {
  let app: TestApp;
  let ks: HttpClient;
  let viewer: HttpClient;
  let broken = true;

  beforeAll(async () => {
    app = await TestApp.start({ definitions: [fragileDefinition(() => broken)] });
    ks = await app.login();
    const council = new CouncilFixture(app, ks);
    viewer = await council.loginAs(await council.person('Vera Viewer'), 'vera@praeventionsrat.test');
  });
  afterAll(() => app.close());

  it('counts failed attempts, lists the command from the third one on and applies it after a retry', async () => {
    const started = await ks.post('/processes', { definition: 'test-fragile', input: {} });
    expect(started.status).toBe(201);
    const sent = await ks.post(`/processes/${started.body.id}/commands`, { type: 'TOUCH', payload: {} });
    expect(sent.status).toBe(202);
    const commandId = sent.body.command.id as string;

    // BullMQ retries the job 5 times with backoff; each failure is counted on the command row, and the
    // command is listed once it failed INCIDENT_AFTER_ATTEMPTS (3) times.
    const first = await waitFor(
      async () => (await ks.get('/incidents')).body[0] as { attempts: number } | undefined,
      { what: 'the command listed', timeoutMs: 30_000 },
    );
    expect(first.attempts).toBeGreaterThanOrEqual(INCIDENT_AFTER_ATTEMPTS);
    const listed = await waitFor(
      async () => {
        const page = await ks.get('/incidents');
        return page.body.find((incident: { attempts: number }) => incident.attempts >= 5) ? page : null;
      },
      { what: 'the command listed after five failed attempts', timeoutMs: 30_000 },
    );
    expect(listed.headers.get('content-range')).toBe('incidents 0-0/1');
    // Five attempts are BullMQ's five: once it has given up, no try of it is left.
    const commands = app.api.get(JobPublisher).queue('commands');
    await waitFor(
      async () => {
        const left = await commands.getJobCounts('waiting', 'delayed', 'active', 'prioritized');
        return Object.values(left).every((count) => count === 0);
      },
      { what: 'BullMQ giving up on the job' },
    );
    expect((await ks.get('/incidents')).body[0].attempts).toBe(5);
    expect(listed.body).toEqual([
      expect.objectContaining({
        id: commandId,
        kind: 'command',
        processId: started.body.id,
        type: 'TOUCH',
        lastError: 'the archive service does not answer',
      }),
    ]);
    expect((await ks.get('/incidents?filter={"kind":"timer"}')).body).toEqual([]);
    expect((await ks.get(`/commands/${commandId}`)).body.status).toBe('queued');

    expect((await viewer.get('/incidents')).status).toBe(403);
    expect((await viewer.post(`/incidents/${commandId}/retry`)).status).toBe(403);
    expect((await app.http.get('/incidents')).status).toBe(401);

    broken = false;
    const retried = await ks.post(`/incidents/${commandId}/retry`);
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ id: commandId, attempts: 0 });
    await waitFor(async () => (await ks.get(`/commands/${commandId}`)).body.status === 'applied', {
      what: 'the retried command applied',
    });
    expect((await ks.get(`/processes/${started.body.id}`)).body.state).toBe('touched');
    expect((await ks.get('/incidents')).body).toEqual([]);
    expect((await ks.post(`/incidents/${commandId}/retry`)).status).toBe(404);
  });

  it('shows the queues (bull-board) to the coordination office only', async () => {
    const board = await ks.get('/queues/api/queues');
    expect(board.status).toBe(200);
    expect(board.body.queues.map((queue: { name: string }) => queue.name).sort()).toEqual([
      'commands',
      'mail',
      'timers',
    ]);
    const page = await fetch(`${app.http.baseUrl}/queues`, {
      headers: { authorization: `Bearer ${ks.token}` },
    });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect((await app.http.get('/queues/api/queues')).status).toBe(401);
    expect((await fetch(`${app.http.baseUrl}/queues`)).status).toBe(401);
    expect((await viewer.get('/queues/api/queues')).status).toBe(403);
    expect((await viewer.post('/queues/api/queues/commands/retry/failed')).status).toBe(403);
  });
});
