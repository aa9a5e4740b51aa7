import { Agent, request } from 'node:http';
import { sleep } from './load';
import type { CommandSpec, Sample } from './protocol';

interface CommandAnswer {
  command?: { id: string; status: string };
  message?: string;
}

interface Answer {
  status: number;
  body: CommandAnswer & { status?: string };
}

/**
 * What the bench needs from the HTTP API: log in, send commands (waiting out 202s), time GETs. Commands
 * go over `node:http` with kept-alive connections, not `fetch`: the load shares the app's two cores, and
 * `fetch` cost the runner about a third of a core at 400 commands/s.
 */
export class BenchHttp {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 256 });

  private constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  static async login(baseUrl: string, email: string, password: string): Promise<BenchHttp> {
    const response = await fetch(`${baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (response.status !== 200) throw new Error(`login failed with ${response.status}`);
    const { token } = (await response.json()) as { token: string };
    return new BenchHttp(baseUrl, token);
  }

  private get headers() {
    return { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' };
  }

  /** Sends one command; a 202 is followed by polling until the worker decided. */
  async command(spec: CommandSpec): Promise<Sample> {
    const startedAt = Date.now();
    // The workload compared with other engines answers the outcome, not the process state.
    const response = await this.send('POST', `/processes/${spec.processId}/commands`, {
      type: spec.type,
      payload: spec.payload,
    });
    const { body } = response;
    if (response.status === 200)
      return { startedAt, decidedAt: Date.now(), status: 'applied', waited: false };
    if (response.status === 202 && body.command) {
      let status = body.command.status;
      while (status === 'queued') {
        await sleep(10);
        const poll = await this.send('GET', `/commands/${body.command.id}`);
        status = poll.body.status ?? `http ${poll.status}`;
      }
      return { startedAt, decidedAt: Date.now(), status, waited: true };
    }
    return {
      startedAt,
      decidedAt: Date.now(),
      status: `http ${response.status}: ${body.message ?? ''}`,
      waited: false,
    };
  }

  private send(method: 'GET' | 'POST', path: string, json?: unknown): Promise<Answer> {
    const body = json === undefined ? undefined : JSON.stringify(json);
    const headers: Record<string, string | number> = { authorization: `Bearer ${this.token}` };
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(body);
      headers.prefer = 'return=minimal';
    }
    return new Promise((resolve, reject) => {
      const outgoing = request(
        `${this.baseUrl}${path}`,
        { method, headers, agent: this.agent },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
          incoming.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({
              status: incoming.statusCode ?? 0,
              body: text ? (JSON.parse(text) as Answer['body']) : {},
            });
          });
          incoming.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }

  /** Times one GET; returns the duration and the Content-Range header. */
  async timeGet(
    path: string,
  ): Promise<{ ms: number; status: number; range: string | null; nextCursor: string | null }> {
    const started = performance.now();
    const response = await fetch(`${this.baseUrl}${path}`, { headers: this.headers });
    await response.arrayBuffer();
    return {
      ms: performance.now() - started,
      status: response.status,
      range: response.headers.get('content-range'),
      nextCursor: response.headers.get('x-next-cursor'),
    };
  }
}
