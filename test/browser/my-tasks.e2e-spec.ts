import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CouncilFixture, type SteeringCouncil } from '../support/council-fixture';
import type { HttpClient } from '../support/http-client';
import { ADMIN, TestApp } from '../support/test-app';
import { launchChromium, laptop, logIn, screenshot, seriousViolations } from './browser';

/** The password CouncilFixture gives the steering members' accounts. */
const MEMBER_PASSWORD = 'Steuerung-2026-sicher';
const berlinToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(Date.now());
const GERMAN_DATE = /\d{2}\.\d{2}\.\d{4}/;

/** "Meine Aufgaben" and the command dialogs, as the steering member, the moderator and the office use them. */
describe('my tasks in Chromium against the real API and worker', () => {
  let app: TestApp;
  let ks: HttpClient;
  let sg: SteeringCouncil;
  let browser: Browser;
  let baseURL: string;
  let meetingId: string;
  const contexts: BrowserContext[] = [];
  const recommendations: Record<string, { id: string; processId: string }> = {};

  async function session(): Promise<Page> {
    const context = await laptop(browser, baseURL);
    contexts.push(context);
    return context.newPage();
  }

  async function record(page: Page, name: string): Promise<void> {
    await screenshot(page, name);
    expect(await seriousViolations(page)).toEqual([]);
  }

  /** A draft of the first group by its moderator; submitted unless told otherwise. */
  async function recommendation(title: string, submit = true): Promise<void> {
    const moderator = sg.members[1].http;
    const draft = await moderator.post('/recommendations', {
      workingGroupId: sg.groupIds[0],
      title,
      text: `${title}: Die AG empfiehlt, das mit der Stadtverwaltung umzusetzen.`,
      addressees: ['administration'],
    });
    expect(draft.status).toBe(201);
    recommendations[title] = { id: draft.body.id, processId: draft.body.processId };
    if (submit) {
      const submitted = await moderator.post(`/processes/${draft.body.processId}/commands`, {
        type: 'SUBMIT',
        payload: {},
      });
      expect(submitted.status).toBe(200);
    }
  }

  const myTasks = (page: Page) => page.getByRole('region', { name: 'Meine Aufgaben' });
  const item = (page: Page, title: string) =>
    myTasks(page).getByRole('listitem', { name: `Handlungsempfehlung: ${title}` });

  beforeAll(async () => {
    [app, browser] = await Promise.all([TestApp.start(), launchChromium()]);
    baseURL = app.http.baseUrl.replace(/\/api$/, '');
    ks = await app.login();
    const council = new CouncilFixture(app, ks);
    sg = await council.steeringGroup(2);
    meetingId = (await council.meeting('steering', berlinToday(), 'Steuerungsgruppe I/2026')).id;
    for (const [title, date] of [
      ['Steuerungsgruppe 2025', '2025-06-01'],
      ['Steuerungsgruppe 2028', '2028-01-10'],
    ]) {
      await council.meeting('steering', date, title);
    }
    await ks.post('/processes', {
      definition: 'working-group-founding',
      input: { name: 'AG Nahverkehr', topic: 'Bus und Bahn', rationale: 'Vorschlag' },
    });
    // Submitted one after the other: their review periods end in this order.
    await recommendation('Sichere Schulwege');
    await recommendation('Beleuchtete Parks');
    await recommendation('Sitzungsbeschluss');
    await recommendation('Noch ein Entwurf', false);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  it('shows a steering member only what he can act on, earliest deadline first, and lets him vote beside the text', async () => {
    const voter = sg.members.find((member) => member.name === 'Berufen provider')!;
    const page = await session();
    await logIn(page, voter.email, MEMBER_PASSWORD);
    const first = item(page, 'Sichere Schulwege');
    await first.waitFor();
    await first.getByText('Die AG empfiehlt, das mit der Stadtverwaltung umzusetzen').waitFor();
    await first.getByText(new RegExp(`^Frist: ${GERMAN_DATE.source}$`)).waitFor();
    const titles = await myTasks(page).getByRole('heading', { level: 3 }).allTextContents();
    expect(titles).toEqual([
      'Handlungsempfehlung: Sichere Schulwege',
      'Handlungsempfehlung: Beleuchtete Parks',
      'Handlungsempfehlung: Sitzungsbeschluss',
    ]);
    // Neither the office's founding decisions nor the moderator's draft, and no list of everybody's items.
    expect(await page.getByRole('region', { name: 'Alle offenen Punkte' }).count()).toBe(0);
    await record(page, 'my-tasks-steering-member');

    await first.getByRole('button', { name: 'Abstimmen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Abstimmen' });
    await dialog.getByRole('radio', { name: 'Zustimmen' }).check();
    await dialog.getByRole('button', { name: 'Absenden' }).click();
    await page.getByText('„Abstimmen“ wurde erfasst').waitFor();
    await first.getByText('bereits abgestimmt: Zustimmen').waitFor();
    await record(page, 'my-tasks-voted');
    const voted = await ks.get(`/recommendations/${recommendations['Sichere Schulwege'].id}`);
    expect(voted.body.votes).toEqual([
      expect.objectContaining({ personId: voter.personId, vote: 'approve' }),
    ]);

    await first.getByRole('link', { name: 'Handlungsempfehlung: Sichere Schulwege' }).click();
    await page.waitForURL(`**/recommendations/${recommendations['Sichere Schulwege'].id}/show`);
    await myTasks(page).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Abstimmen' }).waitFor();
  });

  it("shows the moderator his group's draft to submit beside the reviews", async () => {
    const moderator = sg.members[1];
    const page = await session();
    await logIn(page, moderator.email, MEMBER_PASSWORD);
    const draft = item(page, 'Noch ein Entwurf');
    await draft.getByRole('button', { name: 'Der Steuerungsgruppe vorlegen' }).waitFor();
    await item(page, 'Sichere Schulwege').getByRole('button', { name: 'Abstimmen' }).waitFor();
    await record(page, 'my-tasks-moderator');

    // Someone else's moderator sees no draft of this group.
    const other = await sg.members[2].http.get('/my-tasks');
    expect(other.body.map((task: { context: { title: string } }) => task.context.title)).not.toContain(
      'Noch ein Entwurf',
    );
  });

  it("records the steering group's meeting decision from the recommendation page", async () => {
    const { id, processId } = recommendations['Sitzungsbeschluss'];
    const page = await session();
    await logIn(page, ADMIN.email, ADMIN.password);
    await myTasks(page)
      .getByRole('listitem', { name: 'Gründung einer Arbeitsgruppe: AG Nahverkehr' })
      .getByRole('button', { name: 'Beschluss der Vollversammlung erfassen' })
      .waitFor();
    await page.getByRole('region', { name: 'Alle offenen Punkte' }).waitFor();

    await page.goto(`/recommendations/${id}/show`);
    await page.getByRole('button', { name: 'Sitzungsbeschluss der Steuerungsgruppe erfassen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sitzungsbeschluss der Steuerungsgruppe erfassen' });
    await dialog.getByRole('radio', { name: 'Befürwortet' }).check();
    await dialog.getByRole('spinbutton', { name: 'Ja-Stimmen' }).fill('6');
    await dialog.getByRole('spinbutton', { name: 'Nein-Stimmen' }).fill('1');
    await dialog.getByRole('spinbutton', { name: 'Enthaltungen' }).fill('1');
    // The picker offers the steering group's meetings held so far, the latest first; not the next one.
    await dialog.getByRole('combobox', { name: 'Sitzung' }).click();
    const options = page.getByRole('option', { name: /Steuerungsgruppe/ });
    await options.first().waitFor();
    expect((await options.allTextContents()).map((text) => text.split(' · ')[0])).toEqual([
      'Steuerungsgruppe I/2026',
      'Steuerungsgruppe 2025',
    ]);
    await page.getByRole('option', { name: /Steuerungsgruppe 2025/ }).click();
    const send = async () => {
      await dialog.getByRole('button', { name: 'Absenden' }).click();
      await page
        .getByRole('dialog', { name: 'Entscheidung endgültig erfassen?' })
        .getByRole('button', { name: 'Endgültig erfassen' })
        .click();
    };
    // A meeting before the recommendation was submitted: refused in German, naming the field.
    await send();
    await dialog
      .getByRole('alert')
      .getByText(/Sitzung: Die Sitzung am 01\.06\.2025 liegt vor dem Beginn dieses Vorgangs/)
      .waitFor();
    await screenshot(page, 'meeting-decision-refused', false);
    expect((await ks.get(`/processes/${processId}`)).body.state).toEqual({ inReview: 'open' });

    await dialog.getByRole('combobox', { name: 'Sitzung' }).click();
    await page.getByRole('option', { name: /Steuerungsgruppe I\/2026/ }).click();
    await screenshot(page, 'meeting-decision-dialog', false);
    await send();
    await page.getByText(/wurde erfasst\. Neuer Stand: Befürwortet/).waitFor();

    const process = await ks.get(`/processes/${processId}`);
    expect(process.body.context.decision).toMatchObject({
      outcome: 'endorsed',
      via: 'meeting',
      meetingId,
      votes: { yes: 6, no: 1, abstain: 1 },
    });
  });
});
