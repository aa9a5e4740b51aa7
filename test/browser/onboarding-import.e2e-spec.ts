import type { Browser, Page } from 'playwright-core';
import { ADMIN, TestApp } from '../support/test-app';
import { launchChromium, laptop, logIn, screenshot, seriousViolations } from './browser';

const HEADER = 'Vorname;Nachname;E-Mail;Telefon;Organisation;Organisationsart;Gremium;Seit';

describe('the coordination office imports people from a CSV file in the dashboard', () => {
  let app: TestApp;
  let browser: Browser;
  let baseURL: string;

  beforeAll(async () => {
    [app, browser] = await Promise.all([TestApp.start({ worker: 'off' }), launchChromium()]);
    baseURL = app.http.baseUrl.replace(/\/api$/, '');
  });
  afterAll(async () => {
    await browser.close();
    await app.close();
  });

  async function importPage(width: number): Promise<Page> {
    const context = await laptop(browser, baseURL);
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await logIn(page, ADMIN.email, ADMIN.password);
    await page.getByText(ADMIN.email).first().waitFor();
    await page.goto('/import');
    await page.getByRole('heading', { name: 'Daten einlesen', level: 2 }).waitFor();
    return page;
  }

  const upload = (page: Page, lines: string[]) =>
    page.locator('input[type="file"]').setInputFiles({
      name: 'gremium.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([HEADER, ...lines].join('\n')),
    });

  it('shows every bad line first, imports nothing, then imports the corrected file', async () => {
    const page = await importPage(1366);
    await upload(page, [
      'Anna;Roth;anna.roth@halle.test;;Verein Brückenschlag;Verein oder Verband;Vollversammlung;01.02.2026',
      'Ben;Kurz;keine-adresse;;;;;',
      'Clara;Doppelt;anna.roth@halle.test;;;;AG Unbekannt;01.03.2026',
    ]);
    await page.getByRole('button', { name: 'Prüfen' }).click();
    const problems = page.getByRole('table', { name: 'Fehler je Zeile' });
    await problems.getByRole('cell', { name: 'ist keine E-Mail-Adresse' }).waitFor();
    await problems.getByRole('cell', { name: 'dieselbe E-Mail-Adresse steht schon in Zeile 2' }).waitFor();
    await page.getByText('3 Fehler – es wurde nichts gespeichert.').waitFor();
    expect(await page.getByRole('button', { name: 'Einlesen' }).isDisabled()).toBe(true);
    await screenshot(page, 'onboarding-import-problems');
    expect(await seriousViolations(page)).toEqual([]);

    await upload(page, [
      'Anna;Roth;anna.roth@halle.test;;Verein Brückenschlag;Verein oder Verband;Vollversammlung;01.02.2026',
      'Ben;Kurz;ben.kurz@halle.test;0345 222;;;;',
    ]);
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await page
      .getByText(/Die Datei ist in Ordnung: 2 Personen, 1 neue Organisationen, 1 Mitgliedschaften/)
      .waitFor();
    await page.getByRole('button', { name: 'Einlesen' }).click();
    await page.getByText('Eingelesen: 2 Personen, 1 neue Organisationen, 1 Mitgliedschaften.').waitFor();
    await screenshot(page, 'onboarding-import-done');
    const ks = await app.login();
    const people = (await ks.get(`/people?filter=${encodeURIComponent(JSON.stringify({ q: 'halle.test' }))}`))
      .body;
    expect(people).toHaveLength(2);
  });

  it('works at 390 px', async () => {
    const page = await importPage(390);
    await upload(page, ['Dora;Neu;dora@halle.test;;;;;']);
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await page.getByText(/Die Datei ist in Ordnung: 1 Personen/).waitFor();
    await screenshot(page, 'onboarding-import-390');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
