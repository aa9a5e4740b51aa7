import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { CouncilFixture, meetingBody, type SteeringCouncil } from '../support/council-fixture';
import type { HttpClient } from '../support/http-client';
import { ADMIN, TestApp } from '../support/test-app';
import {
  horizontalOverflow,
  launchChromium,
  laptop,
  logIn,
  overflowingElements,
  phone,
  screenshot,
  violations,
} from './browser';

/** The password CouncilFixture gives the accounts it creates. */
const PASSWORD = 'Steuerung-2026-sicher';
const berlinToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(Date.now());
const REC_TITLE = 'Sichere Schulwege';
const REC_ITEM = `Handlungsempfehlung „${REC_TITLE}“`;
const MANUAL = 'Bericht der Koordinierungsstelle';
const TOPIC = 'Elterntaxis vor der Grundschule';

/** Words of the English catalogue that have no place on a German page. */
const ENGLISH =
  /\b(the|and|of|Meeting|Agenda|Minutes|Save|Cancel|Item|Decision|Report|Topic|Invited|Planned|Held|Present|Result|votes|Month|List|Today|Invite|Approve|undefined|null|NaN)\b/;

async function expectGerman(page: Page): Promise<void> {
  const text = await page.evaluate<string>('document.body.innerText');
  expect(text.match(ENGLISH)?.[0] ?? null).toBeNull();
}

async function expectAxeClean(page: Page): Promise<void> {
  expect(await violations(page)).toEqual([]);
}

/**
 * The coordination office's meeting day in Chromium against the real API and worker: it plans a steering
 * meeting, shapes its live agenda, invites, holds it, writes and approves the minutes, and the decision
 * reaches the recommendation; a working-group member proposes a topic that the moderator accepts.
 */
/** The office's whole day in one browser session per step: longer than a unit test on a shared machine. */
const STEP_TIMEOUT_MS = 240_000;

describe('the meeting day in the dashboard', () => {
  let app: TestApp;
  let ks: HttpClient;
  let council: CouncilFixture;
  let sg: SteeringCouncil;
  let browser: Browser;
  let baseURL: string;
  let recommendationId: string;
  let groupMeetingId: string;
  let member: { email: string };
  let meetingId: string;
  const contexts: BrowserContext[] = [];

  async function session(kind: 'laptop' | 'phone' = 'laptop'): Promise<Page> {
    const context = kind === 'phone' ? await phone(browser, baseURL) : await laptop(browser, baseURL);
    contexts.push(context);
    return context.newPage();
  }

  beforeAll(async () => {
    [app, browser] = await Promise.all([TestApp.start(), launchChromium()]);
    baseURL = app.http.baseUrl.replace(/\/api$/, '');
    ks = await app.login();
    council = new CouncilFixture(app, ks);
    sg = await council.steeringGroup(1);
    const moderator = sg.members[1].http;
    const draft = await moderator.post('/recommendations', {
      workingGroupId: sg.groupIds[0],
      title: REC_TITLE,
      text: 'Die AG empfiehlt Schulwegpläne für alle Grundschulen.',
      addressees: ['administration'],
    });
    expect(draft.status).toBe(201);
    recommendationId = draft.body.id;
    expect(
      (await moderator.post(`/processes/${draft.body.processId}/commands`, { type: 'SUBMIT', payload: {} }))
        .status,
    ).toBe(200);
    // A plain member of the group, who proposes topics (R3).
    const personId = await council.person('Mitglied Elternbeirat');
    expect(
      (
        await ks.post('/memberships', {
          personId,
          workingGroupId: sg.groupIds[0],
          role: 'member',
          from: '2026-01-01',
        })
      ).status,
    ).toBe(201);
    member = { email: 'konto.mitglied.elternbeirat@praeventionsrat.test' };
    await council.loginAs(personId, member.email);
    const groupMeeting = await ks.post('/meetings', {
      ...meetingBody('working-group', berlinToday(), 'AG 1: Sitzung', { workingGroupId: sg.groupIds[0] }),
    });
    expect(groupMeeting.status).toBe(201);
    groupMeetingId = groupMeeting.body.id;
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  /** Logs in and waits for the app bar, so that a navigation afterwards happens signed in. */
  const signIn = async (page: Page, email: string, password: string) => {
    await logIn(page, email, password);
    await page.getByRole('link', { name: /^Benachrichtigungen/ }).waitFor();
  };
  const region = (page: Page, name: string) => page.getByRole('region', { name });
  const agendaItem = (page: Page, position: number, title: string) =>
    region(page, 'Tagesordnung').getByRole('listitem', { name: `TOP ${position}: ${title}` });
  const command = async (page: Page, label: string, confirm = false) => {
    await page.getByRole('button', { name: label, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: label });
    return {
      dialog,
      send: async () => {
        await dialog.getByRole('button', { name: 'Absenden' }).click();
        if (confirm) await page.getByRole('button', { name: 'Endgültig erfassen' }).click();
        await dialog.waitFor({ state: 'detached' });
      },
    };
  };
  const pick = async (scope: Locator, label: string, option: string) => {
    const input = scope.getByRole('combobox', { name: label });
    await input.fill(option);
    await scope.page().getByRole('option', { name: option }).click();
  };

  it(
    'plans a steering meeting, shapes the live agenda with the keyboard and invites',
    async () => {
      const page = await session();
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.getByRole('heading', { name: /Sitzungsrhythmus \d{4}/ }).waitFor();

      await page.goto('/meetings/create');
      await page.getByRole('combobox', { name: /^Gremium/ }).click();
      await page.getByRole('option', { name: 'Steuerungsgruppe' }).click();
      await page.getByLabel('Beginn').fill(`${berlinToday()}T00:05`);
      await page.getByLabel('Ende').fill(`${berlinToday()}T23:30`);
      await page.getByLabel('Ort').fill('Ratshof, Beratungsraum 1');
      await page.getByLabel('Titel').fill('Steuerungsgruppe IV/2026');
      await page.getByRole('button', { name: 'Speichern' }).click();
      await page.waitForURL(/\/meetings\/[0-9a-f-]{36}\/show$/);
      meetingId = /meetings\/([0-9a-f-]{36})\/show/.exec(page.url())![1];

      // The recommendation in review is on the agenda by itself.
      await agendaItem(page, 1, REC_ITEM).getByText('aus offenem Vorgang').waitFor();
      const form = page.getByRole('form', { name: 'Punkt hinzufügen' });
      await form.getByLabel('Titel').fill(MANUAL);
      await form.getByRole('combobox', { name: 'Art' }).selectOption({ label: 'Bericht' });
      await form.getByRole('button', { name: 'Hinzufügen' }).click();
      await agendaItem(page, 2, MANUAL).waitFor();

      // Reordered with the keyboard: the moved item keeps the focus (its "down" button, now that it is first).
      await page.getByRole('button', { name: `TOP 2 „${MANUAL}“ nach oben` }).focus();
      await page.keyboard.press('Enter');
      await agendaItem(page, 1, MANUAL).waitFor();
      await agendaItem(page, 2, REC_ITEM).waitFor();
      // A string: the tests are compiled without the DOM's types.
      await page.waitForFunction(
        `document.activeElement?.getAttribute('aria-label') === ${JSON.stringify(`TOP 1 „${MANUAL}“ nach unten`)}`,
      );
      const stored = (await ks.get(`/meetings/${meetingId}`)).body.agenda;
      expect(stored.map((item: { title: string }) => item.title)).toEqual([MANUAL, REC_ITEM]);
      await screenshot(page, 'meeting-agenda-desktop');
      await expectAxeClean(page);
      await expectGerman(page);

      const invite = await command(page, 'Einladen');
      await invite.send();
      await region(page, 'Eckdaten der Sitzung').getByText('Eingeladen', { exact: true }).waitFor();
      await region(page, 'Einladungen').getByText('Berufen police').waitFor();
      await page
        .getByText('Seit der Einladung steht die Tagesordnung fest; Nachträge sind möglich.')
        .waitFor();
      await expectGerman(page);

      await page.goto('/calendar');
      await page.getByRole('link', { name: /^00:05 Steuerungsgruppe: Steuerungsgruppe IV\/2026$/ }).waitFor();
      await page.getByRole('link', { name: /^10:00 AG 1: AG 1: Sitzung$/ }).waitFor();
      const monthName = new Intl.DateTimeFormat('de-DE', {
        month: 'long',
        year: 'numeric',
        timeZone: 'Europe/Berlin',
      }).format(Date.now());
      await page.getByRole('heading', { name: monthName }).waitFor();
      await page.getByRole('columnheader', { name: 'Mo' }).waitFor();
      await screenshot(page, 'meeting-calendar-month-desktop');
      await expectAxeClean(page);
      await expectGerman(page);
      await page.getByRole('button', { name: 'Liste' }).click();
      await page.getByRole('link', { name: 'Steuerungsgruppe IV/2026' }).waitFor();
      await screenshot(page, 'meeting-calendar-list-desktop');
      await expectAxeClean(page);
      await page.getByRole('link', { name: 'Steuerungsgruppe IV/2026' }).click();
      await page.waitForURL(`**/meetings/${meetingId}/show`);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'holds the meeting, records the minutes, approves them, and the recommendation is endorsed',
    async () => {
      const page = await session();
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.goto(`/meetings/${meetingId}/show`);

      const hold = await command(page, 'Anwesenheit erfassen');
      await pick(hold.dialog, 'Anwesende', 'Berufen police');
      await hold.send();
      const minutes = region(page, 'Protokoll');
      await minutes.waitFor();

      await pick(minutes, 'Anwesend', 'Berufen science');
      const report = minutes.getByRole('listitem', { name: `TOP 1: ${MANUAL}` });
      await report.getByLabel('Ergebnis').fill('Die Koordinierungsstelle berichtet über das Jahr.');
      const decision = minutes.getByRole('listitem', { name: `TOP 2: ${REC_ITEM}` });
      await decision.getByLabel('Ergebnis').fill('Nach Aussprache befürwortet.');
      await decision.getByRole('radio', { name: 'Befürwortet' }).check();
      await decision.getByLabel('Ja-Stimmen').fill('5');
      await decision.getByLabel('Nein-Stimmen').fill('0');
      await decision.getByLabel('Enthaltungen').fill('1');
      await minutes.getByRole('button', { name: 'Protokoll speichern' }).click();
      await page.getByText('Protokoll gespeichert.').waitFor();
      const recorded = (await ks.get(`/meetings/${meetingId}`)).body;
      expect(recorded.attendance).toHaveLength(2);
      expect(recorded.minutes.items).toEqual([
        expect.objectContaining({ result: 'Die Koordinierungsstelle berichtet über das Jahr.' }),
        expect.objectContaining({ decision: 'endorsed', votes: { yes: 5, no: 0, abstain: 1 } }),
      ]);
      await screenshot(page, 'meeting-minutes-desktop');
      await expectAxeClean(page);
      await expectGerman(page);

      const approve = await command(page, 'Protokoll genehmigen', true);
      await approve.send();
      await decision.getByText('Die Entscheidung ist im Vorgang erfasst.').waitFor();
      expect((await ks.get(`/recommendations/${recommendationId}`)).body).toMatchObject({
        state: 'endorsed',
      });
      await screenshot(page, 'meeting-minutes-approved-desktop');
      await expectGerman(page);

      await region(page, 'Tagesordnung')
        .getByRole('listitem', { name: `TOP 2: ${REC_ITEM}` })
        .getByRole('link', { name: 'Zum Vorgang' })
        .click();
      await page.waitForURL('**/processes/*/show');
      await page.getByText('Befürwortet').first().waitFor();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'fits a phone: calendar and meeting page without sideways scrolling',
    async () => {
      const page = await session('phone');
      await signIn(page, ADMIN.email, ADMIN.password);
      await page.goto('/calendar');
      await page.getByRole('link', { name: /Steuerungsgruppe IV\/2026$/ }).waitFor();
      await screenshot(page, 'meeting-calendar-phone');
      expect(await overflowingElements(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toBe(0);
      await page.goto(`/meetings/${meetingId}/show`);
      await region(page, 'Protokoll').waitFor();
      await screenshot(page, 'meeting-minutes-phone');
      expect(await overflowingElements(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toBe(0);
      await page.goto(`/meetings/${groupMeetingId}/show`);
      await region(page, 'Tagesordnung').waitFor();
      await screenshot(page, 'meeting-agenda-phone');
      expect(await horizontalOverflow(page)).toBe(0);
      await expectGerman(page);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'lets a member propose a topic, which the moderator accepts',
    async () => {
      const page = await session();
      await signIn(page, member.email, PASSWORD);
      await page.goto(`/meetings/${groupMeetingId}/show`);
      const form = page.getByRole('form', { name: 'Thema vorschlagen' });
      await form.getByLabel('Titel').fill(TOPIC);
      await form.getByRole('button', { name: 'Vorschlagen' }).click();
      await page.getByText(`Ihr Vorschlag „${TOPIC}“ wartet auf die Moderation.`).waitFor();
      await agendaItem(page, 1, TOPIC).getByText('vorgeschlagen').waitFor();
      // A member sees no organiser's buttons.
      expect(await page.getByRole('button', { name: `Thema „${TOPIC}“ annehmen` }).count()).toBe(0);
      await expectGerman(page);

      const moderator = await session();
      await signIn(moderator, sg.members[1].email, PASSWORD);
      await moderator.goto(`/meetings/${groupMeetingId}/show`);
      await moderator.getByRole('button', { name: `Thema „${TOPIC}“ annehmen` }).click();
      await moderator.getByText(`Thema „${TOPIC}“ angenommen.`).waitFor();
      await agendaItem(moderator, 1, TOPIC).getByText('angenommen').waitFor();
      await screenshot(moderator, 'meeting-agenda-proposal-accepted');
      await expectAxeClean(moderator);
      await expectGerman(moderator);
      const agenda = (await ks.get(`/meetings/${groupMeetingId}`)).body.agenda;
      expect(agenda).toEqual([
        expect.objectContaining({ title: TOPIC, source: 'proposal', status: 'accepted' }),
      ]);
    },
    STEP_TIMEOUT_MS,
  );
});
