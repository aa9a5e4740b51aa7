import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { tablesChecksum } from '@gremium/testing';
import { CouncilFixture, type SteeringCouncil } from '../support/council-fixture';
import type { HttpClient } from '../support/http-client';
import { ADMIN, TestApp } from '../support/test-app';
import { launchChromium, laptop, logIn, screenshot, seriousViolations } from './browser';

/** Whether the keyboard focus is on this element (evaluated in the page, whose DOM types the tests lack). */
const focused = (locator: Locator) =>
  locator.evaluate(
    (element: unknown) =>
      element === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement,
  );

/** The password CouncilFixture gives the steering members' accounts. */
const MEMBER_PASSWORD = 'Steuerung-2026-sicher';
const GROUP = 'Sicherheit im Nahverkehr';
/** Meetings are held today: a decision may not be dated before its process began. */
const berlinToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(Date.now());
const UNCHANGED_TABLES = ['appointment', 'process_instance', 'command', 'audit_event', 'task', 'timer'];

describe('the dashboard in Chromium against the real API and worker', () => {
  let app: TestApp;
  let ks: HttpClient;
  let council: CouncilFixture;
  let sg: SteeringCouncil;
  let browser: Browser;
  let baseURL: string;
  let foundingId: string;
  let recommendationId: string;
  const contexts: BrowserContext[] = [];

  async function session(): Promise<Page> {
    const context = await laptop(browser, baseURL);
    contexts.push(context);
    return context.newPage();
  }

  /** Screenshot and WCAG 2.1 AA check of the page as it is now. */
  async function record(page: Page, name: string): Promise<void> {
    await screenshot(page, name);
    expect(await seriousViolations(page)).toEqual([]);
  }

  beforeAll(async () => {
    [app, browser] = await Promise.all([TestApp.start(), launchChromium()]);
    baseURL = app.http.baseUrl.replace(/\/api$/, '');
    ks = await app.login();
    council = new CouncilFixture(app, ks);
    sg = await council.steeringGroup(4);
    await council.meeting('plenary', berlinToday(), 'Vollversammlung 2026');
    await council.meeting('steering', berlinToday(), 'Steuerungsgruppe I/2026');
    const founding = await ks.post('/processes', {
      definition: 'working-group-founding',
      input: { name: GROUP, topic: 'Bus und Bahn', rationale: 'Vorschlag aus der Vollversammlung' },
    });
    foundingId = founding.body.id;

    // A recommendation in review with 4 of the 5 approvals its 8 occupied seats need.
    const moderator = sg.members[1].http;
    const draft = await moderator.post('/recommendations', {
      workingGroupId: sg.groupIds[0],
      title: 'Sichere Schulwege',
      text: 'Die AG empfiehlt Tempo 30 vor allen Grundschulen.',
      addressees: ['administration', 'council'],
      tags: ['Mobbing'],
    });
    recommendationId = draft.body.id;
    const send = (client: HttpClient, type: string, payload: object) =>
      client.post(`/processes/${draft.body.processId}/commands`, { type, payload });
    expect((await send(moderator, 'SUBMIT', {})).status).toBe(200);
    for (const member of sg.members.slice(0, 4)) {
      expect(
        (await send(member.http, 'SIGN_OFF', { vote: 'approve', comment: `Zustimmung ${member.name}` }))
          .status,
      ).toBe(200);
    }
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  it('lets the coordination office log in, find the pending founding and record both decisions', async () => {
    const page = await session();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await logIn(page, ADMIN.email, ADMIN.password);
    const inbox = page.getByRole('region', { name: 'Alle offenen Punkte' });
    await inbox
      .getByRole('link', { name: `Gründung einer Arbeitsgruppe: ${GROUP}` })
      .first()
      .waitFor();
    await page
      .getByRole('region', { name: 'Steuerungsgruppe' })
      .getByText('8 von 8 Sitzen besetzt')
      .waitFor();
    await page
      .getByRole('region', { name: 'Handlungsempfehlungen nach Stand' })
      .getByText('In Prüfung der Steuerungsgruppe')
      .waitFor();
    await record(page, 'home');

    await page.getByRole('link', { name: 'Alle offenen Punkte anzeigen' }).click();
    const rows = page.getByRole('row').filter({ hasText: GROUP });
    await rows.filter({ hasText: 'Vollversammlung' }).first().waitFor();
    await rows.filter({ hasText: 'Steuerungsgruppe' }).first().waitFor();
    await record(page, 'inbox');

    await rows
      .first()
      .getByRole('link', { name: new RegExp(GROUP) })
      .click();
    await page.waitForURL(`**/processes/${foundingId}/show`);
    await page.locator('[data-testid="process-diagram"][data-rendered="true"] svg').waitFor();
    await page.getByText('Gelb hervorgehoben').waitFor();
    await record(page, 'process');

    await page.getByRole('button', { name: 'Beschluss der Vollversammlung erfassen' }).click();
    let dialog = page.getByRole('dialog', { name: 'Beschluss der Vollversammlung erfassen' });
    await dialog.getByRole('radio', { name: 'Beschlossen' }).check();
    await dialog.getByRole('combobox', { name: 'Sitzung' }).click();
    await page.getByRole('option', { name: /Vollversammlung 2026/ }).click();
    await dialog.getByRole('spinbutton', { name: 'Ja-Stimmen' }).fill('31');
    await dialog.getByRole('spinbutton', { name: 'Nein-Stimmen' }).fill('2');
    await dialog.getByRole('spinbutton', { name: 'Enthaltungen' }).fill('1');
    await screenshot(page, 'command-dialog', false);
    await dialog.getByRole('button', { name: 'Absenden' }).click();
    await page
      .getByRole('dialog', { name: 'Entscheidung endgültig erfassen?' })
      .getByRole('button', { name: 'Endgültig erfassen' })
      .click();
    await page.getByText('„Beschluss der Vollversammlung erfassen“ wurde erfasst').waitFor();
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Entscheidung der Steuerungsgruppe erfassen' }).click();
    dialog = page.getByRole('dialog', { name: 'Entscheidung der Steuerungsgruppe erfassen' });
    await dialog.getByRole('radio', { name: 'Zugestimmt' }).check();
    await dialog.getByRole('button', { name: 'Absenden' }).click();
    await page
      .getByRole('dialog', { name: 'Entscheidung endgültig erfassen?' })
      .getByRole('button', { name: 'Endgültig erfassen' })
      .click();
    await page
      .getByText(/„Entscheidung der Steuerungsgruppe erfassen“ wurde erfasst\. Neuer Stand: Gegründet/)
      .waitFor();

    await page.getByRole('menuitem', { name: 'Arbeitsgruppen' }).click();
    await page.getByRole('link', { name: GROUP }).waitFor();
    const process = await ks.get(`/processes/${foundingId}`);
    expect(process.body).toMatchObject({ state: 'founded', status: 'done' });
    expect(process.body.context.plenary).toMatchObject({
      decision: 'adopted',
      votes: { yes: 31, no: 2, abstain: 1 },
    });
    const groups = await ks.get(`/working-groups?filter=${encodeURIComponent(JSON.stringify({ q: GROUP }))}`);
    expect(groups.body).toEqual([expect.objectContaining({ name: GROUP, status: 'active' })]);
  });

  it("shows the server's reason for an invalid form and changes nothing", async () => {
    const page = await session();
    await logIn(page, ADMIN.email, ADMIN.password);
    await page.getByRole('heading', { name: 'Alle offenen Punkte' }).waitFor();
    await page.getByRole('menuitem', { name: 'Amtszeiten' }).click();
    await page.getByTestId('term-timeline').locator('text').filter({ hasText: 'Berufen police' }).waitFor();
    await record(page, 'timeline');

    const [police] = (
      await ks.get(`/appointments?filter=${encodeURIComponent(JSON.stringify({ seat: 'police' }))}`)
    ).body;
    await page.goto(`/appointments/${police.id}/show`);
    const before = await tablesChecksum(app.db.url, UNCHANGED_TABLES);
    await page.getByRole('button', { name: 'Amtszeit vorzeitig beenden' }).click();
    const dialog = page.getByRole('dialog', { name: 'Amtszeit vorzeitig beenden' });
    // The form cannot know it: the seat cannot become vacant before the term began (2026-01-01).
    await dialog.getByLabel('Sitz unbesetzt ab').fill('2025-12-01');
    await dialog.getByRole('textbox', { name: 'Begründung' }).fill('Rücktritt');
    await dialog.getByRole('button', { name: 'Absenden' }).click();
    await page
      .getByRole('dialog', { name: 'Entscheidung endgültig erfassen?' })
      .getByRole('button', { name: 'Endgültig erfassen' })
      .click();
    const alert = dialog.getByRole('alert');
    await alert.getByText('Der Schritt wurde nicht ausgeführt').waitFor();
    // In German, from the refusal's key: the server's English sentence is for logs.
    await alert.getByText(/Das Datum muss nach dem Beginn der Amtszeit liegen/).waitFor();
    await screenshot(page, 'refusal', false);

    expect(await tablesChecksum(app.db.url, UNCHANGED_TABLES)).toBe(before);
    expect((await ks.get(`/appointments/${police.id}`)).body).toMatchObject({
      status: 'active',
      endedOn: null,
    });
  });

  it("lists a working group's members, with edit buttons on all but the moderator's membership", async () => {
    const groupId = sg.groupIds[0];
    const memberId = await council.person('Mia Mitglied');
    await ks.post('/memberships', {
      personId: memberId,
      workingGroupId: groupId,
      role: 'member',
      from: '2026-01-01',
    });
    const page = await session();
    await logIn(page, ADMIN.email, ADMIN.password);
    await page.getByRole('heading', { name: 'Alle offenen Punkte' }).waitFor();
    await page.goto(`/working-groups/${groupId}/show/members`);
    const member = page.getByRole('row').filter({ hasText: 'Mia Mitglied' });
    await member.getByText('Mitglied', { exact: true }).waitFor();
    await member.getByRole('link', { name: 'Bearbeiten' }).waitFor();
    const moderator = page.getByRole('row').filter({ hasText: sg.members[1].name });
    await moderator.getByText('Moderation', { exact: true }).waitFor();
    expect(await moderator.getByRole('link', { name: 'Bearbeiten' }).count()).toBe(0);
    // Inside the group the body and the represented organization go without saying.
    expect(await page.getByRole('columnheader', { name: 'Arbeitsgruppe oder Gremium' }).count()).toBe(0);
    await record(page, 'working-group-members');
  });

  it('lets a steering member log in and sign off a recommendation, which decides it', async () => {
    const voter = sg.members[5];
    const page = await session();
    await logIn(page, voter.email, MEMBER_PASSWORD);
    await page.getByRole('button', { name: /Berufen police/ }).waitFor();
    await page.goto(`/recommendations/${recommendationId}/show`);
    await page.getByText('Noch kein Votum (4)').waitFor();
    await page.getByRole('cell', { name: 'Moderation Nummer3', exact: true }).waitFor();
    await record(page, 'recommendation');

    // Keyboard only: to the button, into the dialog, choose, comment, send.
    await page.getByRole('button', { name: 'Abstimmen' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Abstimmen' });
    await dialog.waitFor();
    await page.keyboard.press('Tab');
    await expect(focused(dialog.getByRole('radio', { name: 'Zustimmen' }))).resolves.toBe(true);
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(focused(dialog.getByRole('textbox', { name: 'Kommentar' }))).resolves.toBe(true);
    await page.keyboard.type('Die Polizei unterstützt das.');
    await screenshot(page, 'sign-off-dialog', false);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(focused(dialog.getByRole('button', { name: 'Absenden' }))).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.getByText(/„Abstimmen“ wurde erfasst\. Neuer Stand: Befürwortet/).waitFor();
    await page.getByRole('cell', { name: 'Die Polizei unterstützt das.' }).waitFor();
    await screenshot(page, 'recommendation-endorsed');

    const recommendation = await ks.get(`/recommendations/${recommendationId}`);
    expect(recommendation.body.state).toBe('endorsed');
    expect(recommendation.body.votes).toContainEqual(
      expect.objectContaining({
        personId: voter.personId,
        vote: 'approve',
        comment: 'Die Polizei unterstützt das.',
      }),
    );

    // Logging out ends the session on the server: the old cookie is refused afterwards.
    const cookies = await page.context().cookies();
    const cookie = cookies.map(({ name, value }) => `${name}=${value}`).join('; ');
    expect((await fetch(`${baseURL}/api/auth/me`, { headers: { cookie } })).status).toBe(200);
    await page.getByRole('button', { name: /Berufen police/ }).click();
    await page.getByRole('menuitem', { name: 'Abmelden' }).click();
    await page.getByRole('button', { name: 'Anmelden' }).waitFor();
    expect((await fetch(`${baseURL}/api/auth/me`, { headers: { cookie } })).status).toBe(401);
  });
});
