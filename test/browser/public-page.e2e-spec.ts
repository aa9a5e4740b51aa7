import type { Browser } from 'playwright-core';
import { CouncilFixture } from '../support/council-fixture';
import { freePort } from '../support/free-port';
import { ADMIN, TestApp } from '../support/test-app';
import { horizontalOverflow, launchChromium, laptop, logIn, phone, screenshot, violations } from './browser';

const DAY = 86_400_000;
const SECRET = 'Gisela Verborgen';

describe('a citizen reads the public page of the council, without logging in', () => {
  let app: TestApp;
  let browser: Browser;
  let baseURL: string;
  let consentingId: string;

  beforeAll(async () => {
    const port = await freePort();
    baseURL = `http://127.0.0.1:${port}`;
    [app, browser] = await Promise.all([
      TestApp.start({ port, env: { PUBLIC_URL: baseURL } }),
      launchChromium(),
    ]);
    const ks = await app.login();
    const council = new CouncilFixture(app, ks);
    const sg = await council.steeringGroup(1);
    const moderator = sg.members[1];
    const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
    const command = (processId: string, type: string, payload: object = {}) =>
      ks.post(`/processes/${processId}/commands`, { type, payload });
    await ks.put(`/people/${moderator.personId}`, {
      name: moderator.name,
      publicProfile: true,
      publicProfileConsentOn: inDays(0),
    });
    const secretId = await council.person(SECRET);
    consentingId = await council.person('Rosa Offenherzig');
    await ks.post('/memberships', {
      personId: consentingId,
      workingGroupId: sg.groupIds[0],
      role: 'member',
      from: '2026-01-01',
    });
    await ks.post('/memberships', {
      personId: secretId,
      workingGroupId: sg.groupIds[0],
      role: 'member',
      from: '2026-01-01',
    });
    const created = await moderator.http.post('/recommendations', {
      workingGroupId: sg.groupIds[0],
      title: 'Mehr Licht im Stadtpark',
      text: 'Die Arbeitsgruppe empfiehlt, die Wege im Stadtpark bis 22 Uhr zu beleuchten.',
      addressees: ['administration', 'council'],
      tags: [],
    });
    const { processId } = created.body as { processId: string };
    await moderator.http.post(`/processes/${processId}/commands`, { type: 'SUBMIT', payload: {} });
    for (const member of sg.members.slice(0, 3)) {
      await member.http.post(`/processes/${processId}/commands`, {
        type: 'SIGN_OFF',
        payload: { vote: 'approve' },
      });
    }
    await command(processId, 'FORWARD', {
      addressee: 'administration',
      reference: 'Az. 67/2026',
      date: inDays(0),
    });
    await command(processId, 'FORWARD', {
      addressee: 'council',
      reference: 'VIII/2026/0815',
      date: inDays(0),
    });
    await command(processId, 'RECORD_ANSWER', {
      addressee: 'administration',
      summary: `Das Grünflächenamt prüft die Beleuchtung; Hinweis von ${SECRET}.`,
      date: inDays(0),
    });
    const meeting = await council.meeting('working-group', inDays(7), 'AG 1: Sitzung im Frühjahr', {
      workingGroupId: sg.groupIds[0],
    });
    await ks.post(`/meetings/${meeting.id}/agenda-items`, {
      title: 'Begehung des Stadtparks',
      kind: 'topic',
    });
    await ks.post(`/meetings/${meeting.id}/agenda-items`, { title: `Bericht von ${SECRET}`, kind: 'report' });
    await command(meeting.processId, 'INVITE');
    await council.meeting('plenary', inDays(20), 'Vollversammlung, noch nicht eingeladen');
  });
  afterAll(async () => {
    await browser.close();
    await app.close();
  });

  it('shows bodies, the invited meeting with its agenda and the recommendation with its fate; axe finds nothing', async () => {
    const context = await laptop(browser, baseURL);
    const page = await context.newPage();
    const response = await page.goto('/oeffentlich');
    expect(response?.status()).toBe(200);
    await page
      .getByRole('heading', { level: 1, name: 'Präventionsrat – öffentliche Informationen' })
      .waitFor();
    const sitzungen = page.locator('section', {
      has: page.getByRole('heading', { name: 'Kommende Sitzungen' }),
    });
    await sitzungen.getByRole('heading', { name: 'AG 1: Sitzung im Frühjahr' }).waitFor();
    await sitzungen.getByText('Begehung des Stadtparks').waitFor();
    await sitzungen.getByText('Bericht von N. N.').waitFor();
    const empfehlungen = page.locator('section', {
      has: page.getByRole('heading', { name: 'Handlungsempfehlungen' }),
    });
    await empfehlungen.getByRole('heading', { name: 'Mehr Licht im Stadtpark' }).waitFor();
    await empfehlungen.getByText('Stand: Weitergeleitet, Antwort ausstehend').waitFor();
    await empfehlungen
      .getByText('Das Grünflächenamt prüft die Beleuchtung; Hinweis von N. N.', { exact: false })
      .waitFor();
    await page.getByText('Moderation Nummer1 (Moderation)', { exact: false }).first().waitFor();
    const text = await page.locator('body').innerText();
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('N. N..');
    expect(text).not.toContain('Vollversammlung, noch nicht eingeladen');
    expect(text).not.toContain('Koordination Stelle');
    await screenshot(page, 'public-page-laptop');
    expect(await violations(page)).toEqual([]);

    const calendar = await context.request.get(
      (await page
        .getByRole('link', { name: 'Sitzungskalender abonnieren (iCalendar)' })
        .getAttribute('href'))!,
    );
    expect(calendar.status()).toBe(200);
    expect(await calendar.text()).toContain('SUMMARY:AG 1: Sitzung im Frühjahr');
    await context.close();
  });

  it('fits a phone held upright without sideways scrolling; axe finds nothing', async () => {
    const context = await phone(browser, baseURL);
    const page = await context.newPage();
    await page.goto('/oeffentlich');
    await page.getByRole('heading', { name: 'Mehr Licht im Stadtpark' }).waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'public-page-phone');
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  it('names a person once the coordination office recorded her consent in the dashboard', async () => {
    const context = await laptop(browser, baseURL);
    const page = await context.newPage();
    await page.goto('/oeffentlich');
    await page.getByRole('heading', { name: 'Arbeitsgruppe AG 1' }).waitFor();
    expect(await page.locator('body').innerText()).not.toContain('Rosa Offenherzig');

    await logIn(page, ADMIN.email, ADMIN.password);
    await page.getByText(ADMIN.email).first().waitFor();
    await page.goto(`/people/${consentingId}`);
    await page.getByLabel('Öffentliches Profil').check();
    const today = new Date().toISOString().slice(0, 10);
    await page.getByLabel(/^Einwilligung vom/).fill(today);
    await screenshot(page, 'person-public-profile-consent');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.waitForURL(/\/show$/);

    await page.goto('/oeffentlich');
    await page.getByText('Rosa Offenherzig (Mitglied)', { exact: false }).waitFor();
    await context.close();
  });
});
