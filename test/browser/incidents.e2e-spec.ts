import type { Browser, BrowserContext, Page } from 'playwright-core';
import { fragileDefinition, waitFor } from '@gremium/testing';
import type { HttpClient } from '../support/http-client';
import { ADMIN, TestApp } from '../support/test-app';
import { launchChromium, laptop, logIn, screenshot, seriousViolations } from './browser';

describe('the incidents page in Chromium: the coordination office retries what keeps failing', () => {
  let app: TestApp;
  let ks: HttpClient;
  let browser: Browser;
  let context: BrowserContext;
  let broken = true;
  let processId: string;
  let commandId: string;

  beforeAll(async () => {
    [app, browser] = await Promise.all([
      TestApp.start({ definitions: [fragileDefinition(() => broken)] }),
      launchChromium(),
    ]);
    ks = await app.login();
    const started = await ks.post('/processes', { definition: 'test-fragile', input: {} });
    processId = started.body.id;
    const sent = await ks.post(`/processes/${processId}/commands`, { type: 'TOUCH', payload: {} });
    commandId = sent.body.command.id;
    // Five failed attempts: BullMQ has given up on its own, only a retry applies it now.
    await waitFor(async () => (await ks.get('/incidents')).body[0]?.attempts >= 5, {
      what: 'the incident',
      timeoutMs: 30_000,
    });
    context = await laptop(browser, app.http.baseUrl.replace(/\/api$/, ''));
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app.close();
  });

  async function record(page: Page, name: string): Promise<void> {
    await screenshot(page, name);
    expect(await seriousViolations(page)).toEqual([]);
  }

  it('lists the failing command with its error and applies it after "Erneut versuchen", also at 390 px', async () => {
    const page = await context.newPage();
    await logIn(page, ADMIN.email, ADMIN.password);
    await page.getByRole('menuitem', { name: 'Störungen' }).click();
    const row = page.getByRole('row').filter({ hasText: 'the archive service does not answer' });
    await row.waitFor();
    await row.getByText('Befehl', { exact: true }).waitFor();
    await record(page, 'incidents');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByText('the archive service does not answer').waitFor();
    await record(page, 'incidents-390');
    await page.setViewportSize({ width: 1366, height: 768 });

    broken = false;
    await row.getByRole('button', { name: 'Erneut versuchen' }).click();
    await page.getByText('Wird erneut versucht.').waitFor();
    await waitFor(async () => (await ks.get(`/commands/${commandId}`)).body.status === 'applied', {
      what: 'the retried command applied',
    });
    expect((await ks.get(`/processes/${processId}`)).body.state).toBe('touched');
    await page.getByRole('button', { name: 'Aktualisieren' }).click();
    await row.waitFor({ state: 'detached' });
    await record(page, 'incidents-retried');
  });
});
