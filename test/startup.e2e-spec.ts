import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createTestDatabase, redisUrlForWorker, waitFor, type TestDatabase } from '@gremium/testing';

const API = 'dist/apps/api/main.js';
const CLI = 'dist/apps/cli/main.js';
const PORT = 3900 + Number(process.env.JEST_WORKER_ID ?? '1');

/** The built product as `npm start` runs it (these tests need `npm run build`, which `npm test` does first). */
describe('starting the built product', () => {
  let db: TestDatabase;
  let server: ChildProcess | null = null;

  const env = (overrides: Record<string, string> = {}) => ({
    ...process.env,
    NODE_ENV: 'development',
    DATABASE_URL: db.url,
    REDIS_URL: redisUrlForWorker(),
    QUEUE_PREFIX: `startup${PORT}`,
    PORT: String(PORT),
    ADMIN_EMAIL: 'ks@praeventionsrat.test',
    ADMIN_PASSWORD: 'Koordination-2026!',
    ...overrides,
  });

  beforeAll(async () => {
    if (!existsSync(API) || !existsSync(CLI)) throw new Error('no build: run npm run build first');
    db = await createTestDatabase();
  });
  afterAll(async () => {
    server?.kill('SIGTERM');
    await db.drop();
  });

  it('migrates, serves health, the API docs and the dashboard', async () => {
    const migrate = spawnSync(process.execPath, [CLI, 'migrate'], { env: env(), encoding: 'utf8' });
    expect(migrate.status).toBe(0);
    server = spawn(process.execPath, [API], { env: env(), stdio: 'ignore' });
    const health = await waitFor(
      async () => {
        const response = await fetch(`http://127.0.0.1:${PORT}/api/health`);
        return response.ok ? response.json() : null;
      },
      { what: 'the API to answer' },
    );
    expect(health).toMatchObject({ status: 'ok', db: 'up', redis: 'up' });
    expect((await fetch(`http://127.0.0.1:${PORT}/api/docs`)).status).toBe(401);
    const login = await fetch(`http://127.0.0.1:${PORT}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ks@praeventionsrat.test', password: 'Koordination-2026!' }),
    });
    const { token } = (await login.json()) as { token: string };
    const docs = await fetch(`http://127.0.0.1:${PORT}/api/docs`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(docs.status).toBe(200);
    const page = await fetch(`http://127.0.0.1:${PORT}/arbeitsgruppen`);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('<div id="root">');
  });

  it.each([
    ['Redis', { REDIS_URL: 'redis://127.0.0.1:1' }, /^Redis is not reachable at 127\.0\.0\.1:1 .*start it/],
    [
      'PostgreSQL',
      { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/gremium' },
      /^PostgreSQL is not reachable at 127\.0\.0\.1:1 .*start it/,
    ],
  ])('exits non-zero with one clear line when %s is missing', (_, overrides, message) => {
    const result = spawnSync(process.execPath, [API], {
      env: env(overrides),
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).not.toBe(0);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });
});
