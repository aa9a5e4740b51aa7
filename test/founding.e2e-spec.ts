import type Redis from 'ioredis';
import { JobPublisher } from '@gremium/platform';
import { tablesChecksum } from '@gremium/testing';
import { commandGroupJob } from '@gremium/workflow';
import type { HttpClient } from './support/http-client';
import { TestApp } from './support/test-app';

const TABLES = [
  'process_instance',
  'command',
  'audit_event',
  'task',
  'timer',
  'working_group',
  'outbox_message',
];
const proposal = {
  name: 'Sicherheit im Quartier',
  topic: 'Nachbarschaften',
  rationale: 'Beschluss der Vollversammlung',
};

describe('P1 working-group founding over HTTP with the real worker', () => {
  let app: TestApp;
  let ks: HttpClient;

  beforeAll(async () => {
    app = await TestApp.start();
    ks = await app.login();
  });
  afterAll(() => app.close());

  async function propose(name = proposal.name) {
    const started = await ks.post('/processes', {
      definition: 'working-group-founding',
      input: { ...proposal, name },
    });
    expect(started.status).toBe(201);
    return started.body;
  }

  const send = (id: string, type: string, payload: object) =>
    ks.post(`/processes/${id}/commands`, { type, payload });

  async function groupsNamed(name: string) {
    const list = await ks.get(`/working-groups?filter=${encodeURIComponent(JSON.stringify({ q: name }))}`);
    return list.body as { name: string; status: string }[];
  }

  it('founds the group when the plenary adopts and then the steering group grants', async () => {
    const process = await propose('AG Schulweg');
    expect(process.state).toEqual({ proposed: { steering: 'pending', plenary: 'pending' } });
    expect(process.availableCommands.map((c: { type: string }) => c.type).sort()).toEqual([
      'CANCEL',
      'PLENARY_DECISION',
      'STEERING_DECISION',
      'WITHDRAW',
    ]);
    const tasks = await ks.get(
      `/tasks?filter=${encodeURIComponent(JSON.stringify({ processId: process.id, open: true }))}`,
    );
    expect(tasks.body.map((t: { awaiting: object }) => t.awaiting)).toEqual(
      expect.arrayContaining([{ body: 'steering' }, { body: 'plenary' }]),
    );
    expect(tasks.headers.get('content-range')).toBe('tasks 0-1/2');

    const plenary = await send(process.id, 'PLENARY_DECISION', {
      decision: 'adopted',
      votes: { yes: 40, no: 2, abstain: 3 },
    });
    expect(plenary.status).toBe(200);
    expect(plenary.body.process.state).toEqual({ proposed: { steering: 'pending', plenary: 'adopted' } });

    const steering = await send(process.id, 'STEERING_DECISION', { decision: 'granted' });
    expect(steering.status).toBe(200);
    expect(steering.body.process).toMatchObject({ state: 'founded', status: 'done', availableCommands: [] });
    expect(await groupsNamed('AG Schulweg')).toEqual([
      expect.objectContaining({ name: 'AG Schulweg', status: 'active' }),
    ]);

    const open = await ks.get(
      `/tasks?filter=${encodeURIComponent(JSON.stringify({ processId: process.id, open: true }))}`,
    );
    expect(open.body).toEqual([]);
    const history = await ks.get(`/processes/${process.id}/history`);
    expect(history.body.map((e: { type: string }) => e.type)).toEqual([
      'process.started',
      'PLENARY_DECISION',
      'STEERING_DECISION',
    ]);
    expect((await ks.get(`/audit-events/verify?processId=${process.id}`)).body).toEqual({
      valid: true,
      count: 3,
      brokenAtSeq: null,
      replayMatches: true,
      problem: null,
    });
  });

  it('founds the group in the reverse order too', async () => {
    const process = await propose('AG Nachtleben');
    expect((await send(process.id, 'STEERING_DECISION', { decision: 'granted' })).status).toBe(200);
    const last = await send(process.id, 'PLENARY_DECISION', { decision: 'adopted' });
    expect(last.body.process.state).toBe('founded');
    expect(await groupsNamed('AG Nachtleben')).toHaveLength(1);
  });

  it('is rejected when the steering group refuses, and no group exists', async () => {
    const process = await propose('AG Abgelehnt');
    const refused = await send(process.id, 'STEERING_DECISION', {
      decision: 'refused',
      note: 'Thema in AG Diskriminierung',
    });
    expect(refused.body.process).toMatchObject({ state: 'rejected', status: 'done' });
    expect(await groupsNamed('AG Abgelehnt')).toEqual([]);
  });

  it('can be withdrawn', async () => {
    const process = await propose('AG Zurueck');
    const withdrawn = await send(process.id, 'WITHDRAW', { reason: 'mit AG Schulumfeld zusammengelegt' });
    expect(withdrawn.body.process.state).toBe('withdrawn');
  });

  it('answers {command} alone with Prefer: return=minimal, and the process with its state otherwise', async () => {
    const minimal = { prefer: 'respond-async; wait=1, return=minimal' };
    const started = await ks.post(
      '/processes',
      { definition: 'working-group-founding', input: { ...proposal, name: 'AG Knapp' } },
      minimal,
    );
    expect(started.status).toBe(201);
    expect(started.headers.get('preference-applied')).toBe('return=minimal');
    expect(started.body).toEqual({
      command: expect.objectContaining({ type: 'process.start', status: 'applied' }),
    });
    const { processId } = started.body.command;

    const plenary = await ks.post(
      `/processes/${processId}/commands`,
      { type: 'PLENARY_DECISION', payload: { decision: 'adopted' } },
      minimal,
    );
    expect(plenary.status).toBe(200);
    expect(plenary.headers.get('preference-applied')).toBe('return=minimal');
    expect(plenary.body).toEqual({
      command: expect.objectContaining({ type: 'PLENARY_DECISION', status: 'applied', processId }),
    });
    expect((await ks.get(`/processes/${processId}`)).body.state).toEqual({
      proposed: { steering: 'pending', plenary: 'adopted' },
    });

    // A refusal is the same with or without the preference; without it the process comes along.
    const refused = await ks.post(
      `/processes/${processId}/commands`,
      { type: 'PLENARY_DECISION', payload: { decision: 'adopted' } },
      minimal,
    );
    expect(refused.status).toBe(409);
    expect(refused.headers.get('preference-applied')).toBeNull();
    const full = await ks.post(
      `/processes/${processId}/commands`,
      { type: 'STEERING_DECISION', payload: { decision: 'granted' } },
      { prefer: 'return=representation' },
    );
    expect(full.status).toBe(200);
    expect(full.headers.get('preference-applied')).toBeNull();
    expect(full.body.process).toMatchObject({ id: processId, state: 'founded', availableCommands: [] });
  });

  it('refuses a command the state does not allow with 409 and changes nothing', async () => {
    const process = await propose('AG Doppelt');
    await send(process.id, 'STEERING_DECISION', { decision: 'granted' });
    const before = await tablesChecksum(app.db.url, TABLES);
    const again = await send(process.id, 'STEERING_DECISION', { decision: 'refused' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      statusCode: 409,
      details: {
        state: { proposed: { steering: 'granted', plenary: 'pending' } },
        allowed: ['PLENARY_DECISION', 'WITHDRAW', 'CANCEL'],
      },
    });
    expect(await tablesChecksum(app.db.url, TABLES)).toBe(before);
  });

  it('refuses an invalid payload with 400 naming the field, and changes nothing', async () => {
    const process = await propose('AG Validierung');
    const before = await tablesChecksum(app.db.url, TABLES);
    const invalid = await send(process.id, 'PLENARY_DECISION', {
      decision: 'vielleicht',
      votes: { yes: -1, no: 0, abstain: 0 },
    });
    expect(invalid.status).toBe(400);
    const fields = (invalid.body.details as { field: string }[]).map((d) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['payload.decision', 'payload.votes.yes']));
    const unknownField = await send(process.id, 'WITHDRAW', { reason: 'x', admin: true });
    expect(unknownField.status).toBe(400);
    const unknownType = await ks.post(`/processes/${process.id}/commands`, {
      type: 'DISSOLVE_COUNCIL',
      payload: {},
    });
    expect(unknownType.status).toBe(400);
    const badStart = await ks.post('/processes', {
      definition: 'working-group-founding',
      input: { name: '' },
    });
    expect(badStart.status).toBe(400);
    expect(badStart.body.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['input.name', 'input.topic', 'input.rationale']),
    );
    expect(await tablesChecksum(app.db.url, TABLES)).toBe(before);
  });

  it('answers 400 for malformed JSON, 401 without a session, 404 for unknown ids', async () => {
    const malformed = await ks.raw('POST', '/processes', '{"definition": ');
    expect(malformed).toMatchObject({
      status: 400,
      body: { statusCode: 400, message: 'malformed JSON in request body' },
    });
    expect((await app.http.get('/processes')).status).toBe(401);
    expect(
      (await app.http.post('/processes', { definition: 'working-group-founding', input: proposal })).status,
    ).toBe(401);
    expect((await ks.get('/processes/5b0a3a8e-8a4c-4d71-9f6b-2f7d1d0c0c11')).status).toBe(404);
    expect((await ks.get('/processes/not-a-uuid')).status).toBe(404);
    const missing = await send('5b0a3a8e-8a4c-4d71-9f6b-2f7d1d0c0c11', 'WITHDRAW', { reason: 'x' });
    expect(missing.status).toBe(404);
  });

  it('applies a command sent three times concurrently with one idempotency key once', async () => {
    const process = await propose('AG Idempotent');
    const body = { type: 'PLENARY_DECISION', payload: { decision: 'adopted' }, idempotencyKey: 'vv-2026-03' };
    const answers = await Promise.all(
      [1, 2, 3].map(() => ks.post(`/processes/${process.id}/commands`, body)),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(new Set(answers.map((a) => a.body.command.id)).size).toBe(1);
    const history = await ks.get(`/processes/${process.id}/history`);
    expect(history.body.filter((e: { type: string }) => e.type === 'PLENARY_DECISION')).toHaveLength(1);
    const conflicting = await ks.post(`/processes/${process.id}/commands`, {
      ...body,
      payload: { decision: 'rejected' },
    });
    expect(conflicting.status).toBe(409);
  });

  it('scopes idempotency keys per sender and checks the right before looking a key up', async () => {
    const process = await propose('AG Schlüssel');
    const body = { type: 'PLENARY_DECISION', payload: { decision: 'adopted' }, idempotencyKey: 'vv-2026-04' };
    expect((await ks.post(`/processes/${process.id}/commands`, body)).status).toBe(200);

    await ks.post('/users', {
      email: 'zweite@praeventionsrat.test',
      password: 'Zweite-Koordination-1',
      roles: ['coordination'],
    });
    await ks.post('/users', {
      email: 'gast@praeventionsrat.test',
      password: 'Nur-Lesen-2026!',
      roles: ['viewer'],
    });
    const viewer = await app.login('gast@praeventionsrat.test', 'Nur-Lesen-2026!');
    const refused = await viewer.post(`/processes/${process.id}/commands`, body);
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).not.toContain(process.id);

    // Her own command with the same key is hers: decided on its own (the plenary has decided already).
    const second = await app.login('zweite@praeventionsrat.test', 'Zweite-Koordination-1');
    const hers = await second.post(`/processes/${process.id}/commands`, body);
    expect(hers.status).toBe(409);
    expect(hers.body).toMatchObject({ statusCode: 409 });
    const history = await ks.get(`/processes/${process.id}/history`);
    expect(history.body.filter((e: { type: string }) => e.type === 'PLENARY_DECISION')).toHaveLength(1);
    // The first sender's repeat still answers with the original command.
    const repeat = await ks.post(`/processes/${process.id}/commands`, body);
    expect(repeat.status).toBe(200);
    expect(repeat.body.command.status).toBe('applied');
  });

  it('hands the commands the API takes in to its embedded worker without a job in Redis', async () => {
    const process = await propose('AG Kurzer Weg');
    const sent = await send(process.id, 'PLENARY_DECISION', { decision: 'adopted' });
    expect(sent.status).toBe(200);
    expect(sent.body.command.status).toBe('applied');
    // Done jobs are removed at once; BullMQ's event stream keeps every job that was added.
    const publisher = app.api.get(JobPublisher);
    const commands = publisher.queue('commands');
    const addedJobs = async () => {
      const redis = (await commands.client) as unknown as Redis;
      const events = await redis.xrange(commands.keys.events, '-', '+');
      return events.map(([, fields]) => fields[fields.indexOf('jobId') + 1]);
    };
    expect(await addedJobs()).not.toContain(sent.body.command.id);

    // A job that does reach Redis shows there, and changes nothing: the command is decided.
    const jobId = sent.body.command.id as string;
    await publisher.publish([commandGroupJob([jobId])]);
    expect(await addedJobs()).toContain(jobId);
  });

  it('serves the definition with its diagram and the process diagram with the current state', async () => {
    const definition = await ks.get('/process-definitions/working-group-founding');
    expect(definition.body).toMatchObject({ key: 'working-group-founding', version: 1 });
    expect(definition.body.diagram).toMatch(/^stateDiagram-v2/);
    expect(definition.body.commands.map((c: { type: string }) => c.type)).toEqual([
      'STEERING_DECISION',
      'PLENARY_DECISION',
      'WITHDRAW',
      'CANCEL',
    ]);
    expect(definition.body.inputSchema.properties.name).toMatchObject({
      type: 'string',
      labels: { de: 'Name', en: 'Name' },
    });
    const decision = definition.body.commands[1].payloadSchema.properties.decision;
    expect(decision.choiceLabels.adopted).toEqual({ de: 'Beschlossen', en: 'Adopted' });

    const vocabulary = await ks.get('/vocabulary');
    expect(vocabulary.body).toMatchObject({
      appointedSeats: ['police', 'provider', 'science'],
      addressees: ['administration', 'council'],
    });
    expect(vocabulary.body.recommendationStates).toContain('inReview');

    const all = await ks.get('/process-definitions');
    const list = await ks.get('/process-definitions?range=[0,1]');
    expect(list.headers.get('content-range')).toBe(`process-definitions 0-1/${all.body.length}`);
    expect(list.body).toHaveLength(2);

    const process = await propose('AG Diagramm');
    const diagram = await ks.get(`/processes/${process.id}/diagram`);
    expect(diagram.body).toContain('class proposed__steering__pending current');
  });

  it('serves health, metrics and the OpenAPI document', async () => {
    expect((await app.http.get('/health')).body).toMatchObject({ status: 'ok', db: 'up', redis: 'up' });
    expect((await app.http.get('/metrics')).status).toBe(401);
    const metrics = await ks.get('/metrics');
    expect(metrics.body).toMatch(/^gremium_commands_total\{status="applied"\} [1-9]\d*$/m);
    expect(metrics.body).toMatch(/^gremium_queue_depth\{queue="commands"\} \d+$/m);
    expect((await ks.get('/audit-events/verify?processId=5b0a3a8e-8a4c-4d71-9f6b-2f7d1d0c0c11')).status).toBe(
      404,
    );
    expect((await app.http.get('/docs-json')).status).toBe(401);
    const docs = await ks.get('/docs-json');
    expect(docs.status).toBe(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/api/processes/{id}/commands', '/api/auth/login']),
    );
  });
});
