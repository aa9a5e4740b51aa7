import type { Browser } from 'playwright-core';
import { ADMIN, TestApp } from '../support/test-app';
import { launchChromium, laptop, logIn, screenshot, seriousViolations } from './browser';

describe('the coordination office erases a person (DSGVO) from the person’s page', () => {
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

  it('is refused while a membership runs, naming it in German, and erased once it has ended', async () => {
    const ks = await app.login();
    const org = (await ks.post('/organizations', { name: 'Verein Nachbarschaft', kind: 'association' })).body;
    const person = (
      await ks.post('/people', { givenName: 'Rosa', familyName: 'Beispiel', email: 'rosa@halle.test' })
    ).body;
    const membership = (
      await ks.post('/memberships', {
        personId: person.id,
        body: 'plenary',
        role: 'member',
        from: '2025-01-01',
        onBehalfOfId: org.id,
      })
    ).body;

    const context = await laptop(browser, baseURL);
    const page = await context.newPage();
    await logIn(page, ADMIN.email, ADMIN.password);
    await page.getByText(ADMIN.email).first().waitFor();
    await page.goto(`/people/${person.id}/show`);
    await page.getByRole('button', { name: 'Nach DSGVO löschen' }).click();
    await page.getByRole('dialog', { name: 'Rosa Beispiel löschen?' }).waitFor();
    await screenshot(page, 'person-erase-confirm');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Bestätigen' }).click();
    await page
      .getByText('Nicht gelöscht: die Person hat noch eine laufende Mitgliedschaft.', { exact: false })
      .waitFor();
    await screenshot(page, 'person-erase-refused');

    await ks.put(`/memberships/${membership.id}`, {
      personId: person.id,
      body: 'plenary',
      role: 'member',
      from: '2025-01-01',
      to: '2025-12-31',
      onBehalfOfId: org.id,
    });
    await page.getByRole('button', { name: 'Nach DSGVO löschen' }).click();
    await page.getByRole('button', { name: 'Bestätigen' }).click();
    await page.getByText(/Gelöscht; die Person heißt jetzt „Gelöschte Person \d+“/).waitFor();
    await page
      .getByText(/^Gelöschte Person \d+$/)
      .first()
      .waitFor();
    expect(await page.getByRole('button', { name: 'Nach DSGVO löschen' }).count()).toBe(0);
    await screenshot(page, 'person-erased');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
