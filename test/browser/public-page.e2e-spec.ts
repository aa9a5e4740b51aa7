import type { Browser } from 'playwright-core';
import { CouncilFixture } from '../support/council-fixture';
import { freePort } from '../support/free-port';
import { ADMIN, TestApp } from '../support/test-app';
import {
  horizontalOverflow,
  launchChromium,
  laptop,
  logIn,
  overflowingElements,
  phone,
  screenshot,
  seriousViolations,
  violations,
} from './browser';

const DAY = 86_400_000;
const SECRET = 'Gisela Verborgen';
const MEMBER_PASSWORD = 'Steuerung-2026-sicher';
const REASON = 'Die Antwort der Stadt nennt eine Privatperson; Rücksprache mit dem Grünflächenamt.';

describe('a citizen reads the public page of the council, without logging in', () => {
  let app: TestApp;
  let browser: Browser;
  let baseURL: string;
  let consentingId: string;
  let recommendationId: string;
  let recommendationProcessId: string;
  let meetingId: string;
  let moderatorEmail: string;

  /** The coordination office on the recommendation's page, at its publication section. */
  async function officeOnRecommendation() {
    const context = await laptop(browser, baseURL);
    const page = await context.newPage();
    await logIn(page, ADMIN.email, ADMIN.password);
    await page.getByText(ADMIN.email).first().waitFor();
    await page.goto(`/recommendations/${recommendationId}/show`);
    return { context, page, section: page.getByRole('region', { name: 'Veröffentlichung' }) };
  }

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
    moderatorEmail = moderator.email;
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
    recommendationProcessId = processId;
    recommendationId = (await ks.get(`/processes/${processId}`)).body.subjectId;
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
    meetingId = meeting.id;
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

  it('lets the coordination office withhold the recommendation with a reason: gone from the page and OParl', async () => {
    const { context, page, section } = await officeOnRecommendation();
    await section.getByText(/^Öffentlich: in den offenen Ratsdaten/).waitFor();

    await section.getByRole('button', { name: 'Zurückhalten' }).click();
    const dialog = page.getByRole('dialog', { name: 'Von der Veröffentlichung zurückhalten' });
    await dialog.getByRole('button', { name: 'Zurückhalten' }).click();
    await dialog
      .getByText('Bitte einen Grund angeben, warum der Eintrag nicht veröffentlicht wird.')
      .waitFor();
    await dialog.getByRole('textbox', { name: /^Grund der Zurückhaltung/ }).fill(REASON);
    await screenshot(page, 'publication-withhold-dialog', false);
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Zurückhalten' }).click();
    await dialog.waitFor({ state: 'detached' });
    await section.getByText('Von der Veröffentlichung zurückgehalten').waitFor();
    await section.getByText(`Grund: ${REASON}`).waitFor();
    await section.getByRole('button', { name: 'Wieder veröffentlichen' }).waitFor();
    await screenshot(page, 'publication-withheld');
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto('/oeffentlich');
    await page.getByRole('heading', { name: 'Handlungsempfehlungen' }).waitFor();
    const text = await page.locator('body').innerText();
    expect(text).not.toContain('Mehr Licht im Stadtpark');
    expect(text).not.toContain('Grünflächenamt');
    expect(text).not.toContain('Privatperson');
    const papers = await (await context.request.get('/oparl/v1/body/praeventionsrat/papers')).json();
    expect(papers.data).toHaveLength(1);
    expect(papers.data[0]).toMatchObject({ deleted: true });
    expect(papers.data[0]).not.toHaveProperty('name');
    await context.close();
  });

  it('shows a moderator that it is withheld, without the control', async () => {
    const context = await laptop(browser, baseURL);
    const page = await context.newPage();
    await logIn(page, moderatorEmail, MEMBER_PASSWORD);
    await page.goto(`/recommendations/${recommendationId}/show`);
    const section = page.getByRole('region', { name: 'Veröffentlichung' });
    await section.getByText(`Grund: ${REASON}`).waitFor();
    expect(await section.getByRole('button').count()).toBe(0);
    await context.close();
  });

  it('lets the office withhold the meeting on a phone held upright, and publish it again', async () => {
    const context = await phone(browser, baseURL);
    const page = await context.newPage();
    await logIn(page, ADMIN.email, ADMIN.password);
    await page.goto(`/meetings/${meetingId}/show`);
    const section = page.getByRole('region', { name: 'Veröffentlichung' });
    await section.getByText(/^Öffentlich: in den offenen Ratsdaten/).waitFor();
    await section.getByRole('button', { name: 'Zurückhalten' }).click();
    const dialog = page.getByRole('dialog', { name: 'Von der Veröffentlichung zurückhalten' });
    await dialog.getByRole('textbox', { name: /^Grund der Zurückhaltung/ }).fill('Ort noch nicht bestätigt.');
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'publication-withhold-dialog-390', false);
    await dialog.getByRole('button', { name: 'Zurückhalten' }).click();
    await section.getByText('Grund: Ort noch nicht bestätigt.').waitFor();
    await page
      .getByText('Der Eintrag ist von der Veröffentlichung zurückgehalten.')
      .waitFor({ state: 'hidden' });
    await section.scrollIntoViewIfNeeded();
    expect({ overflow: await horizontalOverflow(page), wide: await overflowingElements(page) }).toEqual({
      overflow: 0,
      wide: [],
    });
    await screenshot(page, 'publication-withheld-390', false);
    expect(await seriousViolations(page)).toEqual([]);

    const publicPage = await context.newPage();
    await publicPage.goto('/oeffentlich');
    await publicPage.getByRole('heading', { name: 'Kommende Sitzungen' }).waitFor();
    expect(await publicPage.locator('body').innerText()).not.toContain('AG 1: Sitzung im Frühjahr');

    await section.getByRole('button', { name: 'Wieder veröffentlichen' }).click();
    await page
      .getByRole('dialog', { name: 'Wieder veröffentlichen?' })
      .getByRole('button', { name: 'Wieder veröffentlichen' })
      .click();
    await section.getByText(/^Öffentlich: in den offenen Ratsdaten/).waitFor();
    await publicPage.reload();
    await publicPage.getByRole('heading', { name: 'AG 1: Sitzung im Frühjahr' }).waitFor();
    await context.close();
  });

  it('tells the office that the recommendation, released and then cancelled, is no longer public', async () => {
    const ks = await app.login();
    expect(
      (await ks.put(`/recommendations/${recommendationId}/publication`, { withheld: false })).status,
    ).toBe(200);
    const cancelled = await ks.post(`/processes/${recommendationProcessId}/commands`, {
      type: 'CANCEL',
      payload: { reason: 'Der Park wird umgestaltet.' },
    });
    expect(cancelled.status).toBe(200);
    const { context, page, section } = await officeOnRecommendation();
    await section.getByText(/^Zurückgezogen – nicht mehr öffentlich: /).waitFor();
    await screenshot(page, 'publication-retracted');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
