import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestApp } from './support/test-app';

/** The dashboard's files are served beside the API, the OParl interface and the public page, never over them. */
describe('serving the dashboard beside the server’s own paths', () => {
  let app: TestApp;
  let dir: string;
  let base: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gremium-dashboard-'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>Gremium</title>');
    await writeFile(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    // Files a build should never hold, at the server's own addresses.
    for (const path of ['api/health', 'oparl/v1/system', 'oeffentlich/jahresberichte/2025.pdf']) {
      await mkdir(join(dir, path, '..'), { recursive: true });
      await writeFile(join(dir, path), 'a file of the dashboard');
    }
    app = await TestApp.start({ env: { DASHBOARD_DIR: dir } });
    base = app.http.baseUrl.replace(/\/api$/, '');
  });

  afterAll(async () => {
    await app?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers the API, OParl and the public page itself, whatever files the dashboard holds', async () => {
    const health = await fetch(`${base}/api/health`);
    expect(health.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await health.json()).toMatchObject({ db: 'up' });

    const system = await fetch(`${base}/oparl/v1/system`);
    expect(system.status).toBe(200);
    expect(await system.json()).toMatchObject({ type: expect.stringContaining('System') });

    // No annual report for 2025 was published: the public page says so, the file does not answer.
    const report = await fetch(`${base}/oeffentlich/jahresberichte/2025.pdf`);
    expect(report.status).toBe(404);
    expect(await report.text()).not.toBe('a file of the dashboard');
  });

  it('serves the dashboard’s own files, and its index for the routes of the single-page app', async () => {
    const icon = await fetch(`${base}/favicon.svg`);
    expect(icon.status).toBe(200);
    expect(await icon.text()).toContain('<svg');

    const route = await fetch(`${base}/processes/123/show`);
    expect(route.status).toBe(200);
    expect(route.headers.get('cache-control')).toBe('no-cache');
    expect(await route.text()).toContain('<title>Gremium</title>');
  });
});
