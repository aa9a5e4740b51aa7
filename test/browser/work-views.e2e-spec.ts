import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { EntityManager } from '@mikro-orm/postgresql';
import { waitFor } from '@gremium/testing';
import { Command } from '@gremium/workflow';
import { CouncilFixture, type SteeringCouncil } from '../support/council-fixture';
import type { HttpClient } from '../support/http-client';
import { ADMIN, TestApp } from '../support/test-app';
import { horizontalOverflow, launchChromium, laptop, logIn, phone, screenshot, violations } from './browser';

const MEMBER_PASSWORD = 'Steuerung-2026-sicher';
const berlinToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(Date.now());
const GERMAN_DATE_TIME = /^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/;

/** Clicks what starts a download and returns the file's text, byte order mark included. */
async function downloaded(page: Page, trigger: Locator): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
  const path = await download.path();
  return readFile(path, 'utf8');
}

/** The rows of a German spreadsheet export, split into cells (no cell in these tests holds a `;`). */
function rowsOf(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return csv
    .slice(1)
    .split('\r\n')
    .map((line) => line.split(';'));
}

/** The office on an empty installation: what to do first, where it is, and the new record in its list. */
describe('empty lists, breadcrumbs and new records in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let baseURL: string;

  beforeAll(async () => {
    // No worker until the test starts one: a start the API cannot finish within its wait (202).
    [app, browser] = await Promise.all([TestApp.start({ worker: 'off' }), launchChromium()]);
    baseURL = app.http.baseUrl.replace(/\/api$/, '');
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  it('says what is missing with the step that fills it, and shows the record created', async () => {
    const context = await laptop(browser, baseURL);
    contexts.push(context);
    const page = await context.newPage();
    await logIn(page, ADMIN.email, ADMIN.password);
    await page.getByRole('region', { name: 'Meine Aufgaben' }).waitFor();
    await page.goto('/people');
    const empty = page.getByRole('status').filter({ hasText: 'Noch keine Person erfasst.' });
    await empty.waitFor();
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'empty-people');
    await empty.getByRole('link', { name: 'Person anlegen' }).click();
    await page.getByRole('textbox', { name: 'Vorname' }).fill('Jördis');
    await page.getByRole('textbox', { name: 'Nachname' }).fill('Köhler');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.waitForURL(/\/people\/[0-9a-f-]+\/show$/);
    const crumbs = page.getByRole('navigation', { name: 'Sie sind hier' });
    await crumbs.getByText('Jördis Köhler').waitFor();
    expect(await crumbs.getByRole('listitem').allTextContents()).toEqual([
      'Start',
      'Personen',
      'Jördis Köhler',
    ]);
    await screenshot(page, 'breadcrumbs-person');
    await crumbs.getByRole('link', { name: 'Personen' }).click();
    await page.waitForURL(/\/people$/);
    await page.getByRole('link', { name: 'Jördis Köhler' }).first().waitFor();

    // A working group is founded by a process: the empty list offers to propose one.
    await page.goto('/working-groups');
    const noGroup = page.getByRole('status').filter({ hasText: 'Noch keine Arbeitsgruppe.' });
    await noGroup.waitFor();
    await screenshot(page, 'empty-working-groups');
    await noGroup.getByRole('link', { name: 'Gründung beantragen' }).click();
    await page
      .getByRole('combobox', { name: 'Art' })
      .filter({ hasText: 'Gründung einer Arbeitsgruppe' })
      .waitFor();
    await page.getByRole('textbox', { name: /^Name/ }).fill('AG Nahverkehr');
    await page.getByRole('textbox', { name: /^Thema/ }).fill('Bus und Bahn');
    await page.getByRole('textbox', { name: /^Begründung/ }).fill('Vorschlag aus der Vollversammlung');
    await page.getByRole('button', { name: 'Vorgang beginnen' }).click();
    // The API took the start in (202); the page follows it until the worker has started the process.
    await waitFor(() => app.api.get(EntityManager).fork().findOne(Command, { status: 'queued' }), {
      what: 'the start taken in',
    });
    await app.startWorker();
    await page.waitForURL(/\/processes\/[0-9a-f-]+\/show$/, { timeout: 15_000 });
    await page
      .getByRole('navigation', { name: 'Sie sind hier' })
      .getByText('Gründung einer Arbeitsgruppe: AG Nahverkehr')
      .waitFor();
    await page
      .getByRole('navigation', { name: 'Sie sind hier' })
      .getByRole('link', { name: 'Vorgänge' })
      .click();
    await page.getByText('Gründung einer Arbeitsgruppe: AG Nahverkehr').first().waitFor();
  }, 150_000);

  it('fits a phone: the breadcrumbs wrap and the change history is a list, nothing scrolls sideways', async () => {
    const ks = await app.login();
    const name = 'Polizeiinspektion Halle (Saale), Revier Süd';
    const organization = await ks.post('/organizations', { name, kind: 'institution' });
    const context = await phone(browser, baseURL);
    contexts.push(context);
    const page = await context.newPage();
    await logIn(page, ADMIN.email, ADMIN.password);
    await page.getByRole('region', { name: 'Meine Aufgaben' }).waitFor();
    await page.goto(`/organizations/${organization.body.id}/show`);
    await page.getByRole('navigation', { name: 'Sie sind hier' }).getByText(name).waitFor();
    await screenshot(page, 'breadcrumbs-organization-phone');
    // The trail wraps instead of running off; the history of changes is a list, not a wide table.
    const trail = page.getByRole('navigation', { name: 'Sie sind hier' });
    const fits = await trail.evaluate((nav: unknown) => {
      const box = nav as { scrollWidth: number; clientWidth: number };
      return box.scrollWidth <= box.clientWidth;
    });
    expect(fits).toBe(true);
    await page.getByRole('heading', { name: 'Änderungen' }).waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
  }, 120_000);
});

/** How a decision came about, and the German spreadsheet exports of the daily views. */
describe('decisions explained and work exported, in Chromium', () => {
  let app: TestApp;
  let ks: HttpClient;
  let sg: SteeringCouncil;
  let browser: Browser;
  let baseURL: string;
  let meetingId: string;
  const contexts: BrowserContext[] = [];
  const ids: Record<string, string> = {};

  async function session(email: string, password: string): Promise<Page> {
    const context = await laptop(browser, baseURL);
    contexts.push(context);
    const page = await context.newPage();
    await logIn(page, email, password);
    return page;
  }

  beforeAll(async () => {
    [app, browser] = await Promise.all([TestApp.start(), launchChromium()]);
    baseURL = app.http.baseUrl.replace(/\/api$/, '');
    ks = await app.login();
    const council = new CouncilFixture(app, ks);
    // 1 + 1 group + 3 appointed seats: 5 occupied, 3 equal votes decide.
    sg = await council.steeringGroup(1);
    meetingId = (await council.meeting('steering', berlinToday(), 'Steuerungsgruppe I/2026')).id;
    await ks.post('/processes', {
      definition: 'working-group-founding',
      input: { name: 'AG Nahverkehr', topic: 'Bus und Bahn', rationale: 'Vorschlag' },
    });
    const moderator = sg.members[1].http;
    for (const title of ['Sichere Schulwege', 'Beleuchtete Parks', 'Offene Frage']) {
      const draft = await moderator.post('/recommendations', {
        workingGroupId: sg.groupIds[0],
        title,
        text: `${title}: Die AG empfiehlt das.`,
        addressees: ['administration'],
      });
      ids[title] = draft.body.id;
      ids[`${title}:process`] = draft.body.processId;
      expect(
        (await moderator.post(`/processes/${draft.body.processId}/commands`, { type: 'SUBMIT', payload: {} }))
          .status,
      ).toBe(200);
    }
    for (const member of sg.members.slice(0, 3)) {
      const voted = await member.http.post(`/processes/${ids['Sichere Schulwege:process']}/commands`, {
        type: 'SIGN_OFF',
        payload: { vote: 'approve' },
      });
      expect(voted.status).toBe(200);
    }
    const decided = await ks.post(`/processes/${ids['Beleuchtete Parks:process']}/commands`, {
      type: 'STEERING_DECISION',
      payload: { decision: 'endorsed', meetingId, votes: { yes: 4, no: 1, abstain: 0 } },
    });
    expect(decided.status).toBe(200);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  it('shows a steering member how each recommendation was decided', async () => {
    const member = sg.members[4];
    const page = await session(member.email, MEMBER_PASSWORD);

    await page.goto(`/recommendations/${ids['Sichere Schulwege']}/show`);
    await page.getByRole('heading', { name: 'Voten der Steuerungsgruppe' }).waitFor();
    const bySignOff = page.getByLabel('So wurde entschieden');
    await bySignOff
      .getByText(
        /im Umlaufverfahren: Befürwortet, weil 3 Mitglieder „Zustimmen“ wählten\. Nötig waren 3 gleiche Voten \(Mehrheit von 5 besetzten Sitzen\)\./,
      )
      .waitFor();
    await screenshot(page, 'decision-by-sign-off');
    expect(await violations(page)).toEqual([]);

    await page.goto(`/recommendations/${ids['Beleuchtete Parks']}/show`);
    const atMeeting = page.getByLabel('So wurde entschieden');
    await atMeeting.getByText('Abstimmung: 4 Ja, 1 Nein, 0 Enthaltungen.', { exact: false }).waitFor();
    await screenshot(page, 'decision-at-meeting');
    await atMeeting.getByRole('link', { name: /^Steuerungsgruppe I\/2026 \(\d{2}\.\d{2}\.\d{4}\)$/ }).click();
    await page.waitForURL(`**/meetings/${meetingId}/show`);
  });

  it("exports the member's own tasks and notifications for German spreadsheets", async () => {
    const member = sg.members[4];
    const page = await session(member.email, MEMBER_PASSWORD);
    const myTasks = page.getByRole('region', { name: 'Meine Aufgaben' });
    await myTasks.getByRole('heading', { name: 'Handlungsempfehlung: Offene Frage' }).waitFor();
    const tasks = rowsOf(await downloaded(page, myTasks.getByRole('button', { name: 'Exportieren' })));
    expect(tasks[0]).toEqual(['Vorgang', 'Ausstehender Schritt', 'Offen seit', 'Fällig am']);
    expect(tasks.slice(1).map((row) => row[0])).toEqual(['Handlungsempfehlung: Offene Frage']);
    expect(tasks[1][1]).toBe('Abstimmen');
    expect(tasks[1][2]).toMatch(GERMAN_DATE_TIME);

    await page.goto('/notifications');
    await page.getByRole('button', { name: 'Exportieren' }).waitFor();
    const notices = rowsOf(await downloaded(page, page.getByRole('button', { name: 'Exportieren' })));
    expect(notices[0]).toEqual(['Eingegangen', 'Art', 'Nachricht', 'Erledigt', 'Gelesen']);
    const decided = notices.find((row) => row[2].includes('Sichere Schulwege'));
    expect(decided?.[3]).toBe('Erledigt: Die Steuerungsgruppe hat entschieden');
    const open = notices.find((row) => row[2].includes('Offene Frage'));
    expect(open?.[3]).toBe('');
    expect(decided?.[0]).toMatch(GERMAN_DATE_TIME);
  });

  it('exports all open items, the processes and the change log for the office', async () => {
    const page = await session(ADMIN.email, ADMIN.password);
    const inbox = page.getByRole('region', { name: 'Alle offenen Punkte' });
    await inbox.getByRole('button', { name: 'Exportieren' }).waitFor();
    const open = rowsOf(await downloaded(page, inbox.getByRole('button', { name: 'Exportieren' })));
    expect(open[0]).toEqual([
      'Vorgang',
      'Wartet auf',
      'Ausstehender Schritt',
      'Offen seit',
      'Fällig am',
      'Erledigt am',
    ]);
    expect(open).toContainEqual([
      'Gründung einer Arbeitsgruppe: AG Nahverkehr',
      'Vollversammlung',
      'Beschluss der Vollversammlung',
      expect.stringMatching(GERMAN_DATE_TIME),
      '',
      '',
    ]);

    await page.goto('/processes');
    await page.getByRole('button', { name: 'Exportieren' }).waitFor();
    const processes = rowsOf(await downloaded(page, page.getByRole('button', { name: 'Exportieren' })));
    expect(processes[0]).toEqual(['Vorgang', 'Stand', 'Status', 'Begonnen am', 'Zuletzt geändert']);
    expect(processes.map((row) => row[0])).toContain('Handlungsempfehlung: Sichere Schulwege');
    expect(processes.find((row) => row[0] === 'Handlungsempfehlung: Sichere Schulwege')?.[2]).toBe('Laufend');

    await page.goto('/audit-events');
    await page.getByRole('button', { name: 'Exportieren' }).waitFor();
    const log = rowsOf(await downloaded(page, page.getByRole('button', { name: 'Exportieren' })));
    expect(log[0]).toEqual(['Zeitpunkt', 'Vorgang', 'Nr.', 'Ereignis', 'Ausgelöst von']);
    expect(log).toContainEqual([
      expect.stringMatching(GERMAN_DATE_TIME),
      'Handlungsempfehlung: Beleuchtete Parks',
      expect.any(String),
      'Entscheidung der Steuerungsgruppe',
      'Benutzerkonto ohne zugeordnete Person',
    ]);
    await screenshot(page, 'audit-events-export');
  });
});
