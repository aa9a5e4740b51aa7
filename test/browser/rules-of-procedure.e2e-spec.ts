import type { Browser } from 'playwright-core';
import type { HttpClient } from '../support/http-client';
import { meetingBody } from '../support/council-fixture';
import { ADMIN, TestApp } from '../support/test-app';
import { launchChromium, laptop, logIn, screenshot, seriousViolations } from './browser';

const berlinDate = (at: Date) => at.toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });

/**
 * P7 has no page or form of its own in the dashboard: its start form and its decision dialog are built
 * from its definition (labels, schemas), so a new process needs no dashboard edit.
 */
describe('a process the dashboard has never heard of, in Chromium', () => {
  let app: TestApp;
  let ks: HttpClient;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([TestApp.start(), launchChromium()]);
    ks = await app.login();
    // Held today: a decision may cite only a meeting held since the proposal was made.
    await ks.post('/meetings', meetingBody('steering', berlinDate(new Date()), 'Steuerungsgruppe IV/2026'));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('lets the coordination office propose a new Geschäftsordnung and record its adoption', async () => {
    const context = await laptop(browser, app.http.baseUrl.replace(/\/api$/, ''));
    const page = await context.newPage();
    await logIn(page, ADMIN.email, ADMIN.password);
    await page.getByRole('heading', { name: 'Alle offenen Punkte' }).waitFor();
    await page.goto('/processes/create');
    await page.getByRole('combobox', { name: 'Art' }).click();
    await page.getByRole('option', { name: 'Änderung der Geschäftsordnung' }).click();
    await page.getByText('Die Steuerungsgruppe beschließt die Geschäftsordnung allein.').waitFor();
    await page.getByRole('textbox', { name: 'Titel' }).fill('Geschäftsordnung 2027');
    await page
      .getByRole('textbox', { name: 'Neuer Wortlaut (Markdown)' })
      .fill('# Geschäftsordnung\n\n§ 1 Die Steuerungsgruppe tagt viermal im Jahr.');
    await page.getByRole('group', { name: 'Geänderte Regeln' }).waitFor();
    await page.getByRole('textbox', { name: /Prüffrist/ }).fill('P28D');
    await page.getByRole('textbox', { name: /Erinnerungen vor Amtszeitende/ }).fill('120, 30');
    await screenshot(page, 'rules-of-procedure-start');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Vorgang beginnen' }).click();
    await page.waitForURL(/\/processes\/[0-9a-f-]+\/show/);

    await page.getByRole('button', { name: 'Beschluss der Steuerungsgruppe erfassen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Beschluss der Steuerungsgruppe erfassen' });
    await dialog.getByRole('radio', { name: 'Beschlossen' }).check();
    await dialog.getByRole('combobox', { name: 'Sitzung' }).click();
    await page.getByRole('option', { name: /Steuerungsgruppe IV\/2026/ }).click();
    await dialog.getByRole('spinbutton', { name: 'Ja-Stimmen' }).fill('6');
    await dialog.getByRole('spinbutton', { name: 'Nein-Stimmen' }).fill('1');
    await dialog.getByRole('spinbutton', { name: 'Enthaltungen' }).fill('1');
    await screenshot(page, 'rules-of-procedure-decision', false);
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Absenden' }).click();
    await page
      .getByRole('dialog', { name: 'Entscheidung endgültig erfassen?' })
      .getByRole('button', { name: 'Endgültig erfassen' })
      .click();
    await page.getByText(/Neuer Stand: Beschlossen/).waitFor();
    await screenshot(page, 'rules-of-procedure-adopted');

    const versions = await ks.get('/rules-of-procedure');
    expect(versions.body).toEqual([
      expect.objectContaining({
        version: 1,
        title: 'Geschäftsordnung 2027',
        settings: expect.objectContaining({ reviewPeriod: 'P28D', termAlertLeadDays: [120, 30] }),
      }),
    ]);

    // The office records a shorter review period; the settings' record of change, on the same page, says it
    // in words, not in the stored codes (P28D).
    await page.goto('/settings');
    await page.getByLabel('Anzahl').first().fill('28');
    await page.getByRole('button', { name: 'Speichern' }).click();
    const history = page.getByRole('region', { name: 'Änderungen' });
    await history.getByText(/Prüffrist: 42 Tage → 28 Tage/).waitFor();
    expect(await history.textContent()).not.toMatch(/P\d+[DW]|more-than-half|--\d\d-\d\d/);
    expect((await ks.get('/settings')).body).toMatchObject({ reviewPeriod: 'P28D' });
    await screenshot(page, 'rules-of-procedure-history');
    await context.close();
  });
});
