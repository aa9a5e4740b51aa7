import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { waitFor } from '@gremium/testing';
import { CouncilFixture, type SteeringCouncil } from '../support/council-fixture';
import type { HttpClient } from '../support/http-client';
import { ADMIN, TestApp } from '../support/test-app';
import { launchChromium, laptop, logIn, screenshot, seriousViolations } from './browser';

const MEMBER_PASSWORD = 'Steuerung-2026-sicher';
const PDFJS = join(__dirname, '..', '..', 'node_modules', 'unpdf', 'dist', 'pdfjs.mjs');

/**
 * The first page of a PDF as Chromium draws it with PDF.js (the build unpdf ships, no worker, no network):
 * the page is served from a made-up origin that only this test answers.
 */
async function pdfFirstPage(browser: Browser, pdf: Buffer, name: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 900, height: 1200 } });
  const page = await context.newPage();
  const script = await readFile(PDFJS);
  await page.route('https://pdf.test/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/pdfjs.mjs') return route.fulfill({ body: script, contentType: 'text/javascript' });
    if (path === '/report.pdf') return route.fulfill({ body: pdf, contentType: 'application/pdf' });
    return route.fulfill({
      contentType: 'text/html',
      body: `<!DOCTYPE html><html lang="de"><title>PDF</title><body style="margin:0"><canvas id="page"></canvas>
        <script type="module">
          import { getDocument } from '/pdfjs.mjs';
          const data = new Uint8Array(await (await fetch('/report.pdf')).arrayBuffer());
          const pdf = await getDocument({ data }).promise;
          const first = await pdf.getPage(1);
          const viewport = first.getViewport({ scale: 1.4 });
          const canvas = document.getElementById('page');
          canvas.width = viewport.width;
          canvas.height = viewport.height;
          await first.render({ canvasContext: canvas.getContext('2d'), viewport }).promise;
          document.body.dataset.rendered = String(pdf.numPages);
        </script></body></html>`,
    });
  });
  await page.goto('https://pdf.test/index.html');
  await page.waitForSelector('body[data-rendered]');
  await page.locator('#page').screenshot({ path: join(__dirname, '..', 'artifacts', `${name}.png`) });
  await context.close();
}

// Two roles through a full review, with axe and a PDF rendered: longer than the default on a busy machine.
jest.setTimeout(240_000);

describe('the annual report in the dashboard, in Chromium', () => {
  let app: TestApp;
  let ks: HttpClient;
  let browser: Browser;
  let council: SteeringCouncil;
  let reportId: string;
  let processId: string;

  beforeAll(async () => {
    [app, browser] = await Promise.all([TestApp.start(), launchChromium()]);
    ks = await app.login();
    const fixture = new CouncilFixture(app, ks);
    council = await fixture.steeringGroup(1);
    // Early January, before the schedule begins the report on the past year: the office begins it by hand.
    const next = Number(new Date().toISOString().slice(0, 4)) + 1;
    expect((await ks.put('/test/clock', { now: `${next}-01-08T09:00:00.000Z` })).status).toBe(200);
    const started = await ks.post('/processes', { definition: 'annual-report', input: { year: next - 1 } });
    // 202 when the worker takes longer than the API waits: the start is applied a moment later.
    expect([201, 202]).toContain(started.status);
    processId = started.status === 201 ? started.body.id : started.body.command.processId;
    await waitFor(async () => (await ks.get(`/processes/${processId}`)).status === 200, {
      what: 'the report begun',
    });
    reportId = (await ks.get(`/processes/${processId}`)).body.context.reportId;
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const base = () => app.http.baseUrl.replace(/\/api$/, '');
  const reportPage = async (page: Page) => {
    await page.goto(`/annual-reports/${reportId}/show`);
    await page.getByRole('heading', { name: 'Das Jahr in Zahlen' }).waitFor();
  };

  it('lets the coordination office write the text and submit the report for approval', async () => {
    const context = await laptop(browser, base());
    const page = await context.newPage();
    await logIn(page, ADMIN.email, ADMIN.password);
    await page.getByRole('heading', { name: 'Alle offenen Punkte' }).waitFor();
    await page.goto('/annual-reports');
    await page.getByRole('cell', { name: 'In Bearbeitung' }).click();
    await page.getByRole('heading', { name: 'Text des Berichts' }).waitFor();
    await page
      .getByRole('textbox', { name: 'Einleitung' })
      .fill('Ein Jahr Präventionsrat: vier Sitzungen je Gremium.');
    await page
      .getByRole('textbox', { name: 'Ausblick' })
      .fill('Mobbing bleibt Querschnittsthema aller Arbeitsgruppen.');
    await page.getByRole('button', { name: 'Text speichern' }).click();
    await page.getByText('Der Text wurde gespeichert.').waitFor();
    await screenshot(page, 'annual-report-drafting');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Der Steuerungsgruppe zur Freigabe vorlegen' }).click();
    await page
      .getByRole('dialog', { name: 'Der Steuerungsgruppe zur Freigabe vorlegen' })
      .getByRole('button', { name: 'Absenden' })
      .click();
    await page.getByText(/Neuer Stand: Zur Freigabe bei der Steuerungsgruppe/).waitFor();
    await screenshot(page, 'annual-report-in-review');
    const report = (await ks.get(`/annual-reports/${reportId}`)).body;
    expect(report).toMatchObject({
      state: 'inReview',
      narrative: {
        introduction: 'Ein Jahr Präventionsrat: vier Sitzungen je Gremium.',
        outlook: 'Mobbing bleibt Querschnittsthema aller Arbeitsgruppen.',
      },
    });
    await context.close();
  });

  it('lets a steering member sign it off, and shows the approved report with its document', async () => {
    const [voter, ...others] = council.members.filter((member) => member.name !== 'Koordination Stelle');
    const context = await laptop(browser, base());
    const page = await context.newPage();
    await logIn(page, voter.email, MEMBER_PASSWORD);
    await page.getByRole('menuitem', { name: 'Jahresberichte' }).waitFor();
    await reportPage(page);
    await page.getByRole('button', { name: 'Abstimmen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Abstimmen' });
    await dialog.getByRole('radio', { name: 'Freigeben' }).check();
    await screenshot(page, 'annual-report-sign-off', false);
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Absenden' }).click();
    await page.getByText(/„Abstimmen“ wurde erfasst/).waitFor();
    expect((await ks.get(`/annual-reports/${reportId}`)).body.votes).toEqual([
      expect.objectContaining({ personId: voter.personId, vote: 'approve' }),
    ]);

    // Five occupied seats: two more approvals decide.
    for (const member of others.slice(0, 2)) {
      const vote = await member.http.post(`/processes/${processId}/commands`, {
        type: 'SIGN_OFF',
        payload: { vote: 'approve' },
      });
      expect(vote.status).toBe(200);
    }
    await reportPage(page);
    await page.getByText('Die Steuerungsgruppe hat den Bericht freigegeben').waitFor();
    await page.getByRole('link', { name: 'PDF herunterladen' }).waitFor();
    await screenshot(page, 'annual-report-approved');
    expect(await seriousViolations(page)).toEqual([]);

    const pdf = await fetch(`${app.http.baseUrl}/annual-reports/${reportId}/report.pdf`, {
      headers: { authorization: `Bearer ${ks.token}` },
    });
    expect(pdf.status).toBe(200);
    await pdfFirstPage(browser, Buffer.from(await pdf.arrayBuffer()), 'annual-report-pdf-page-1');
    await context.close();
  });
});
