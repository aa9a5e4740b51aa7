import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger, type LoggerService } from '@nestjs/common';
import fc from 'fast-check';
import { Client } from 'pg';
import { tablesChecksum, waitFor } from '@gremium/testing';
import { meetingBody } from '../support/council-fixture';
import { TestApp } from '../support/test-app';
import {
  FILTER_CANDIDATES,
  operationsOf,
  SORT_CANDIDATES,
  type JsonSchema,
  type Operation,
} from './operations';
import { requestArbitrary, type FuzzFixtures, type FuzzRequest } from './requests';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_125);
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);

/** Keeps what the app logs as errors (the exception filter logs the stack of every 500). */
class CapturingLogger implements LoggerService {
  readonly errors: string[] = [];
  log(): void {}
  warn(): void {}
  debug(): void {}
  verbose(): void {}
  fatal(message: unknown, ...rest: unknown[]): void {
    this.error(message, ...rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.errors.push([message, ...rest].map((part) => String(part)).join('\n'));
  }
}

interface Finding {
  kind: string;
  status: number;
  request: FuzzRequest;
  response: string;
  logged: string[];
}

interface Answer {
  status: number;
  text: string;
}

async function send(baseUrl: string, request: FuzzRequest): Promise<Answer> {
  try {
    const response = await fetch(`${baseUrl}${request.path}`, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(15_000),
    });
    return { status: response.status, text: (await response.text()).slice(0, 2_000) };
  } catch (error) {
    return { status: 0, text: String(error) };
  }
}

/** Which filter keys and sort fields each list accepts, so generated values get past the key check. */
async function discoverListParameters(origin: string, token: string, operations: Operation[]): Promise<void> {
  const headers = { authorization: `Bearer ${token}` };
  const get = async (path: string) => {
    const response = await fetch(`${origin}${path}`, { headers });
    return { status: response.status, text: await response.text() };
  };
  for (const operation of operations) {
    if (operation.method !== 'GET' || operation.pathParams.length > 0) continue;
    for (const key of FILTER_CANDIDATES) {
      const answer = await get(
        `${operation.template}?filter=${encodeURIComponent(JSON.stringify({ [key]: 'x' }))}`,
      );
      if (answer.status < 500 && !answer.text.includes('is not a filter')) operation.filterKeys.push(key);
    }
    if (operation.filterKeys.length === FILTER_CANDIDATES.length) operation.filterKeys = [];
    for (const field of SORT_CANDIDATES) {
      const answer = await get(
        `${operation.template}?sort=${encodeURIComponent(JSON.stringify([field, 'ASC']))}`,
      );
      if (answer.status === 200) operation.sortFields.push(field);
    }
  }
}

/** The error's class and message without the SQL around it (one line per kind of failure). */
function cause(finding: Finding): string {
  const first = finding.logged[0]?.split('\n')[0];
  if (!first) return finding.response.slice(0, 80);
  const name = first.split(':')[0];
  return first.includes(' - ')
    ? `${name}: ${first.slice(first.lastIndexOf(' - ') + 3)}`
    : first.slice(0, 160);
}

describe('API fuzzing: hostile and malformed requests', () => {
  let app: TestApp;
  let fixtures: FuzzFixtures;
  let operations: Operation[];
  let tables: string[];
  let origin: string;
  const logger = new CapturingLogger();

  beforeAll(async () => {
    app = await TestApp.start();
    const ks = await app.login();
    const ids: string[] = [];
    const created = async (path: string, body: unknown) => {
      const result = await ks.post(path, body);
      if (result.status !== 201 && result.status !== 200)
        throw new Error(`fixture ${path}: ${result.status} ${JSON.stringify(result.body)}`);
      ids.push(result.body.id);
      return result.body.id as string;
    };
    const organization = await created('/organizations', { name: 'Fuzz-Revier', kind: 'police' });
    const person = await created('/people', { name: 'Fuzz Person', organizationId: organization });
    await created('/meetings', meetingBody('plenary', '2026-03-12', 'Fuzz-Sitzung'));
    await created('/memberships', { personId: person, body: 'plenary', role: 'member', from: '2026-01-01' });
    const founding = await created('/processes', {
      definition: 'working-group-founding',
      input: { name: 'AG Fuzz', topic: 'Robustheit', rationale: 'Fuzzing' },
    });
    const reminder = await created('/processes', {
      definition: 'test-reminder',
      input: { dueAt: new Date(Date.now() + 86_400_000).toISOString() },
    });
    const sent = await ks.post(`/processes/${founding}/commands`, {
      type: 'STEERING_DECISION',
      payload: { decision: 'granted' },
    });
    const commandId = sent.body.command.id as string;
    await waitFor(async () => (await ks.get(`/commands/${commandId}`)).body.status === 'applied', {
      what: 'the fixture command',
    });
    ids.push(commandId, (await ks.get('/auth/me')).body.id);
    const definitions = (await ks.get('/process-definitions')).body as {
      key: string;
      inputSchema: JsonSchema;
      commands: { type: string; payloadSchema: JsonSchema }[];
    }[];
    fixtures = {
      token: ks.token!,
      ids,
      processIds: [founding, reminder],
      definitions: definitions.map((d) => ({
        key: d.key,
        input: d.inputSchema,
        commands: d.commands.map((c) => ({ type: c.type, payload: c.payloadSchema })),
      })),
    };

    origin = new URL(app.http.baseUrl).origin;
    operations = operationsOf((await ks.get('/docs-json')).body);
    for (const operation of operations) {
      // Without a session every operation but the public ones is a 401 (guards run before pipes).
      const path = operation.template.replace(/\{\w+\}/g, '00000000-0000-4000-8000-000000000000');
      const probe = await fetch(`${origin}${path}`, { method: operation.method });
      await probe.arrayBuffer();
      operation.isPublic = probe.status !== 401;
    }
    await discoverListParameters(origin, fixtures.token, operations);
    const sql = new Client({ connectionString: app.db.url });
    await sql.connect();
    tables = (
      await sql.query<{ tablename: string }>(`select tablename from pg_tables where schemaname = 'public'`)
    ).rows.map((row) => row.tablename);
    await sql.end();
    Logger.overrideLogger(logger);
  });

  afterAll(async () => {
    Logger.overrideLogger(['error', 'warn']);
    await app?.close();
  });

  it(`answers ${RUNS} generated requests without a 5xx and changes no data`, async () => {
    const before = await tablesChecksum(app.db.url, tables);
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
    const findings: Finding[] = [];
    const statuses = new Map<string, number>();
    const byOperation = new Map<string, number>();
    let answered = 0;

    console.log(
      `API fuzz: seed ${SEED}, ${RUNS} requests over ${operations.length} operations ` +
        `(FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} reproduces this run)`,
    );
    await fc.assert(
      fc.asyncProperty(requestArbitrary(operations, fixtures), async (request) => {
        const logged = logger.errors.length;
        const answer = await send(origin, request);
        answered++;
        statuses.set(String(answer.status), (statuses.get(String(answer.status)) ?? 0) + 1);
        byOperation.set(request.operation, (byOperation.get(request.operation) ?? 0) + 1);
        const kind =
          answer.status === 0
            ? 'no answer'
            : answer.status >= 500
              ? 'server error'
              : request.guarantee !== 'read' && answer.status < 400
                ? 'a write that must be refused was accepted'
                : null;
        if (kind)
          findings.push({
            kind,
            status: answer.status,
            request,
            response: answer.text,
            logged: logger.errors.slice(logged),
          });
        return true;
      }),
      { seed: SEED, numRuns: RUNS },
    );

    const after = await tablesChecksum(app.db.url, tables);
    const distinct = new Map<string, Finding>();
    for (const finding of findings) {
      const key = `${finding.kind} ${finding.status} ${finding.request.operation}: ${cause(finding)}`;
      if (!distinct.has(key)) distinct.set(key, finding);
    }
    const reportFile = join(tmpdir(), `gremium-fuzz-${SEED}.json`);
    writeFileSync(reportFile, JSON.stringify({ seed: SEED, answered, findings }, null, 2));
    console.log(
      [
        `API fuzz: seed ${SEED}, ${answered} requests answered; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
        `operations covered: ${byOperation.size}/${operations.length}; findings: ${findings.length} (${distinct.size} distinct), details in ${reportFile}`,
        ...[...distinct.entries()].map(
          ([key, f]) =>
            `- ${key}\n  ${f.request.method} ${f.request.path.slice(0, 300)}\n  headers ${JSON.stringify(f.request.headers)}\n  body ${JSON.stringify(f.request.body?.slice(0, 300) ?? null)}\n  answer ${f.response.slice(0, 300)}\n  ${f.logged.join('\n').split('\n').slice(0, 8).join('\n  ')}`,
        ),
      ].join('\n'),
    );

    const problems = [
      ...distinct.keys(),
      ...(answered < RUNS ? [`only ${answered} of ${RUNS} requests answered`] : []),
      ...(byOperation.size < operations.length
        ? [`only ${byOperation.size}/${operations.length} operations fuzzed`]
        : []),
      ...(after === before ? [] : ['the data changed: the checksum of the tables differs after the run']),
      ...(Object.getOwnPropertyNames(Object.prototype).sort().join() === prototypeKeys.join()
        ? []
        : ['Object.prototype was polluted']),
    ];
    expect(problems).toEqual([]);
  }, 300_000);
});
