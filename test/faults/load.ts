import { addDays, berlinDateOf, termLastDay } from '@gremium/council';
import type { Rng } from './rng';

export interface Answer {
  status: number;
  body: any;
}

/** One command as the client saw it; the checker compares it with the database. */
export interface SentCommand {
  processId: string;
  key: string;
  type: string;
  payload: Record<string, unknown>;
  /** The final answer after retries (0 = never acknowledged). */
  status: number;
  commandId: string | null;
  answeredStatus: string | null;
  attempts: number;
}

export interface StartedProcess {
  key: string;
  definition: string;
  processId: string | null;
  attempts: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The HTTP API as a client that survives a dead worker, an emptied Redis and a PostgreSQL restart. */
export class FaultClient {
  readonly commands: SentCommand[] = [];
  readonly starts: StartedProcess[] = [];
  readonly unexpected: string[] = [];
  retries = 0;

  constructor(
    private readonly baseUrl: string,
    private token: string,
    private readonly deadline: () => number,
  ) {}

  static async login(baseUrl: string, email: string, password: string): Promise<FaultClient> {
    const response = await fetch(`${baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (response.status !== 200) throw new Error(`login failed: ${response.status}`);
    const { token } = (await response.json()) as { token: string };
    return new FaultClient(baseUrl, token, () => Number.POSITIVE_INFINITY);
  }

  /** The same session, with a deadline for retries, optionally against another API process. */
  withDeadline(deadline: () => number, baseUrl = this.baseUrl): FaultClient {
    return new FaultClient(baseUrl, this.token, deadline);
  }

  async call(method: string, path: string, body?: unknown): Promise<Answer | null> {
    try {
      const response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(15_000),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null };
    } catch {
      return null;
    }
  }

  /** Repeats the request (same idempotency key) until it is answered with something other than a 5xx. */
  async acknowledged(
    method: string,
    path: string,
    body: unknown,
    attempts: { n: number },
  ): Promise<Answer | null> {
    for (;;) {
      attempts.n++;
      const answer = await this.call(method, path, body);
      if (answer && answer.status < 500) return answer;
      if (Date.now() > this.deadline()) return null;
      this.retries++;
      await sleep(Math.min(2_000, 100 * 2 ** Math.min(attempts.n, 5)));
    }
  }

  async start(definition: string, input: Record<string, unknown>, key: string): Promise<string | null> {
    const record: StartedProcess = { key, definition, processId: null, attempts: 0 };
    this.starts.push(record);
    const attempts = { n: 0 };
    const body = { definition, input, idempotencyKey: key };
    let answer = await this.acknowledged('POST', '/processes', body, attempts);
    // A start is a command: not applied within the short wait (202), the same key asks again later.
    while (answer?.status === 202 && Date.now() < this.deadline()) {
      await sleep(200);
      answer = await this.acknowledged('POST', '/processes', body, attempts);
    }
    record.attempts = attempts.n;
    if (answer?.status === 201 || answer?.status === 200) record.processId = answer.body.id;
    else if (answer)
      this.unexpected.push(`start ${definition} ${key}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return record.processId;
  }

  async command(
    processId: string,
    type: string,
    payload: Record<string, unknown>,
    key: string,
  ): Promise<SentCommand> {
    const record: SentCommand = {
      processId,
      key,
      type,
      payload,
      status: 0,
      commandId: null,
      answeredStatus: null,
      attempts: 0,
    };
    this.commands.push(record);
    const attempts = { n: 0 };
    const answer = await this.acknowledged(
      'POST',
      `/processes/${processId}/commands`,
      { type, payload, idempotencyKey: key },
      attempts,
    );
    record.attempts = attempts.n;
    if (!answer) return record;
    record.status = answer.status;
    record.commandId = answer.body?.command?.id ?? null;
    record.answeredStatus = answer.body?.command?.status ?? null;
    if (![200, 202, 403, 409].includes(answer.status))
      this.unexpected.push(`${type} ${key}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return record;
  }
}

/** Founding processes through every path: consent of both bodies, refusal, withdrawal, repeated keys. */
export async function foundingActor(
  client: FaultClient,
  rng: Rng,
  actor: number,
  until: number,
): Promise<void> {
  for (let n = 0; Date.now() < until; n++) {
    const key = `f-${actor}-${n}`;
    const id = await client.start(
      'working-group-founding',
      { name: `AG Ausfall ${actor}-${n}`, topic: 'Fehlertoleranz', rationale: 'Fehlerinjektion' },
      key,
    );
    if (!id) continue;
    const pause = () => sleep(rng.int(0, 150));
    const scenario = rng.int(0, 9);
    if (scenario <= 4) {
      const steering = client.command(id, 'STEERING_DECISION', { decision: 'granted' }, `${key}-s`);
      await pause();
      const plenary = client.command(
        id,
        'PLENARY_DECISION',
        { decision: 'adopted', votes: { yes: 30, no: 1, abstain: 2 } },
        `${key}-p`,
      );
      await Promise.all([steering, plenary]);
    } else if (scenario <= 6) {
      await client.command(id, 'STEERING_DECISION', { decision: 'refused', note: 'Abgelehnt' }, `${key}-s`);
      await pause();
      // Refused at once (409) or, if the refusal is still queued, rejected by the worker.
      await client.command(id, 'PLENARY_DECISION', { decision: 'adopted' }, `${key}-p`);
    } else if (scenario === 7) {
      const withdraw = client.command(id, 'WITHDRAW', { reason: 'Zurückgezogen' }, `${key}-w`);
      const steering = client.command(id, 'STEERING_DECISION', { decision: 'granted' }, `${key}-s`);
      await Promise.all([withdraw, steering]);
    } else {
      // The same key twice, concurrently and again later: one command, one outcome.
      const payload = { decision: 'granted' };
      await Promise.all([
        client.command(id, 'STEERING_DECISION', payload, `${key}-s`),
        client.command(id, 'STEERING_DECISION', payload, `${key}-s`),
      ]);
      await pause();
      await client.command(id, 'STEERING_DECISION', payload, `${key}-s`);
    }
    await pause();
  }
}

export interface Nominee {
  seat: 'police' | 'provider' | 'science';
  personId: string;
  organizationId: string;
}

/** The first day of a two-year term whose last day is `lastDay` or, if none is (leap days), a day later. */
function termStartEndingNear(lastDay: string): string {
  for (let day = lastDay, tries = 0; tries < 5; day = addDays(day, 1), tries++) {
    const next = addDays(day, 1);
    const start = `${Number(next.slice(0, 4)) - 2}${next.slice(4)}`;
    if (termLastDay(start) === day) return start;
  }
  throw new Error(`no two-year term ends near ${lastDay}`);
}

/**
 * Appointed seats whose terms end between `fromDays` and `fromDays + spreadDays` from the clock's today:
 * as the clock moves, their alert timers fire (notifications and e-mails) and successors start.
 */
export async function appointSeats(
  client: FaultClient,
  nominees: readonly Nominee[],
  count: number,
  clockNow: number,
  fromDays: number,
  spreadDays: number,
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const nominee = nominees[i % nominees.length];
    const key = `a-${i}`;
    const id = await client.start(
      'seat-appointment',
      { seat: nominee.seat, personId: nominee.personId, organizationId: nominee.organizationId },
      key,
    );
    if (!id) continue;
    ids.push(id);
    const lastDay = addDays(berlinDateOf(clockNow), fromDays + Math.floor((spreadDays * i) / count));
    await client.command(
      id,
      'PLENARY_DECISION',
      {
        decision: 'appointed',
        termStart: termStartEndingNear(lastDay),
        votes: { yes: 28, no: 2, abstain: 1 },
      },
      `${key}-p`,
    );
  }
  return ids;
}
