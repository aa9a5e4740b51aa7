import type { Browser } from 'playwright-core';
import type { HttpClient } from '../support/http-client';
import { ADMIN, TestApp } from '../support/test-app';
import { launchChromium, laptop, logIn, screenshot, seriousViolations } from './browser';

describe('records of change in the dashboard, per record', () => {
  let app: TestApp;
  let ks: HttpClient;
  let browser: Browser;
  let baseURL: string;

  beforeAll(async () => {
    [app, browser] = await Promise.all([TestApp.start({ worker: 'off' }), launchChromium()]);
    baseURL = app.http.baseUrl.replace(/\/api$/, '');
    ks = await app.login();
  });
  afterAll(async () => {
    await browser.close();
    await app.close();
  });

  it('shows who changed which field of an organization and of a person, without a person’s old name', async () => {
    const org = (await ks.post('/organizations', { name: 'Polizeirevier Mitte', kind: 'police' })).body;
    await ks.put(`/organizations/${org.id}`, { name: 'Polizeirevier Halle-Mitte', kind: 'police' });
    const person = (await ks.post('/people', { givenName: 'Petra', familyName: 'Revier' })).body;
    await ks.put(`/people/${person.id}`, { givenName: 'Petra', familyName: 'Lang', organizationId: org.id });

    for (const width of [1366, 390]) {
      const context = await laptop(browser, baseURL);
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await logIn(page, ADMIN.email, ADMIN.password);
      await page.getByText(ADMIN.email).first().waitFor();
      await page.goto(`/organizations/${org.id}/show`);
      const history = page.getByRole('region', { name: 'Änderungen' });
      await history.getByText('Name: Polizeirevier Mitte → Polizeirevier Halle-Mitte').waitFor();
      await history.getByText('Angelegt').waitFor();
      await screenshot(page, `record-history-organization-${width}`);
      expect(await seriousViolations(page)).toEqual([]);

      await page.goto(`/people/${person.id}/show`);
      const personHistory = page.getByRole('region', { name: 'Änderungen' });
      await personHistory
        .getByText(/^Nachname \(geändert, Wert wird nicht protokolliert\); Anzeigename/)
        .waitFor();
      expect(await personHistory.textContent()).not.toContain('Revier');
      await screenshot(page, `record-history-person-${width}`);
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    }
  });

  it('names an account’s person, roles and e-mail setting in words, not as codes', async () => {
    const person = (await ks.post('/people', { givenName: 'Konrad', familyName: 'Konto' })).body;
    const user = (
      await ks.post('/users', {
        email: 'konrad.konto@praeventionsrat.test',
        password: 'Konto-2026-sicher',
        personId: person.id,
        roles: ['viewer'],
      })
    ).body;
    const context = await laptop(browser, baseURL);
    const page = await context.newPage();
    await logIn(page, ADMIN.email, ADMIN.password);
    await page.getByText(ADMIN.email).first().waitFor();
    await page.goto(`/users/${user.id}`);
    const history = page.getByRole('region', { name: 'Änderungen' });
    await history.getByText('Person: – → Konrad Konto').waitFor();
    await history.getByText('Rollen: – → Lesezugriff').waitFor();
    await history
      .getByText('E-Mail zu Benachrichtigungen: – → Jede Benachrichtigung sofort per E-Mail')
      .waitFor();
    const text = await history.textContent();
    expect(text).not.toContain(person.id);
    expect(text).not.toMatch(/viewer|each|notificationDelivery/);
    await screenshot(page, 'record-history-user');
    await context.close();
  });
});
