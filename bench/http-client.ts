import { sleep } from './load';
import type { CommandSpec, Sample } from './protocol';

interface CommandAnswer {
  command?: { id: string; status: string };
  message?: string;
}

/** What the bench needs from the HTTP API: log in, send commands (waiting out 202s), time GETs. */
export class BenchHttp {
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
    const response = await fetch(`${this.baseUrl}/processes/${spec.processId}/commands`, {
      method: 'POST',
      headers: { ...this.headers, prefer: 'return=minimal' },
      body: JSON.stringify({ type: spec.type, payload: spec.payload }),
    });
    const body = (await response.json()) as CommandAnswer;
    if (response.status === 200)
      return { startedAt, decidedAt: Date.now(), status: 'applied', waited: false };
    if (response.status === 202 && body.command) {
      let status = body.command.status;
      while (status === 'queued') {
        await sleep(10);
        const poll = await fetch(`${this.baseUrl}/commands/${body.command.id}`, { headers: this.headers });
        status = ((await poll.json()) as { status: string }).status;
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
