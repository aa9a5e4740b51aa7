import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addDays, berlinDateOf, termLastDay } from '@gremium/council';
import { waitFor } from '@gremium/testing';
import { EntityManager } from '@mikro-orm/postgresql';
import { Command, CommandApplier } from '@gremium/workflow';
import { CouncilFixture } from '../support/council-fixture';
import type { HttpClient } from '../support/http-client';
import { ADMIN, TestApp } from '../support/test-app';
import {
  horizontalOverflow,
  launchChromium,
  laptop,
  logIn,
  phone,
  screenshot,
  seriousViolations,
} from './browser';

/** The start day whose two-year term has `lastDay` as its last day. */
function startForLastDay(lastDay: string): string {
  const next = addDays(lastDay, 1);
  const start = `${Number(next.slice(0, 4)) - 2}${next.slice(4)}`;
  if (termLastDay(start) !== lastDay) throw new Error(`no start date ends on ${lastDay}`);
  return start;
}
const german = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
const filter = (value: object) => encodeURIComponent(JSON.stringify(value));

/**
 * The coordination office follows a term alert to the expiring term, on to its successor, nominates the
 * city's candidate (only people of the seat's kind of organization offered) and sees the alert done.
 */
describe('terms, successors and their alert in Chromium against the real API and worker', () => {
  let app: TestApp;
  let ks: HttpClient;
  let council: CouncilFixture;
  let browser: Browser;
  let baseURL: string;
  const contexts: BrowserContext[] = [];
  const today = berlinDateOf(Date.now());
  const lastDay = addDays(today, 20);
  let police: string;
  let successorId: string;
  let expiringId: string;

  async function session(kind: 'laptop' | 'phone' = 'laptop'): Promise<Page> {
    const context = kind === 'laptop' ? await laptop(browser, baseURL) : await phone(browser, baseURL);
    contexts.push(context);
    return context.newPage();
  }

  beforeAll(async () => {
    [app, browser] = await Promise.all([TestApp.start(), launchChromium()]);
    baseURL = app.http.baseUrl.replace(/\/api$/, '');
    ks = await app.login();
    council = new CouncilFixture(app, ks);
    police = await council.organization('Polizeiinspektion Halle', 'police');
    const provider = await council.organization('Jugendhilfe Halle e. V.', 'provider');
    const science = await council.organization('Hochschule Merseburg', 'science');
    const petra = await council.person('Petra Revier', police);
    await council.person('Paul Streife', police);
    await council.person('Frieda Träger', provider);
    const wanda = await council.person('Wanda Wissen', science);
    // Recorded late: the 180-day alert is due at once and opens the successor.
    const expiring = await council.appoint('police', petra, police, startForLastDay(lastDay));
    expiringId = expiring.context.appointmentId;
    // Ends in about 400 days: outside the longest lead time (180 days).
    await council.appoint('science', wanda, science, startForLastDay(addDays(today, 400)));
    const successor = await waitFor(
      async () => {
        const list = (await ks.get(`/appointments?filter=${filter({ predecessorId: expiringId })}`)).body;
        return list.length === 1 ? list[0] : null;
      },
      { what: 'the successor opened by the first alert' },
    );
    successorId = successor.id;
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  it('links the term and its successor both ways in the API, the successor starting the next day', async () => {
    const expiring = (await ks.get(`/appointments/${expiringId}`)).body;
    const successor = (await ks.get(`/appointments/${successorId}`)).body;
    expect(expiring).toMatchObject({ status: 'expiring', termEnd: lastDay, successorId });
    expect(successor).toMatchObject({
      status: 'awaitingNomination',
      predecessorId: expiringId,
      termStart: addDays(lastDay, 1),
    });
    // A person of a provider is no candidate for the police seat: refused, naming the field, nothing changes.
    const frieda = (await ks.get(`/people?filter=${filter({ q: 'Frieda' })}`)).body[0];
    const refused = await ks.post(`/processes/${successor.processId}/commands`, {
      type: 'NOMINATE',
      payload: { personId: frieda.id, organizationId: police },
    });
    expect(refused.status).toBe(409);
    expect(refused.body.details).toEqual([
      expect.objectContaining({
        field: 'payload.personId',
        key: 'person.wrong_kind',
        params: { organization: 'Jugendhilfe Halle e. V.', kind: 'provider', seat: 'police' },
      }),
    ]);
    expect((await ks.get(`/appointments/${successorId}`)).body.status).toBe('awaitingNomination');
  });

  it('takes the office from the alert to the term, its successor, the nomination, and marks the alert done', async () => {
    const page = await session();
    await logIn(page, ADMIN.email, ADMIN.password);

    // "Ablaufende Amtszeiten": only the term ending within 180 days.
    const terms = page.getByRole('region', { name: 'Ablaufende Amtszeiten' });
    await terms.getByRole('link', { name: 'Polizeiinspektion' }).waitFor();
    await terms.getByText('noch 20 Tage').waitFor();
    expect(await terms.getByRole('link', { name: 'Wissenschaft' }).count()).toBe(0);
    await screenshot(page, 'terms-home');

    await page.goto('/notifications');
    const alert = page.getByRole('row', { name: /Amtszeit von Petra Revier/ });
    await alert.getByRole('link', { name: 'Zur Amtszeit' }).click();
    await page.waitForURL(`**/appointments/${expiringId}/show`);
    await page.getByRole('link', { name: /^Vorschlag der Stadt ausstehend/ }).click();
    await page.waitForURL(`**/appointments/${successorId}/show`);
    await page
      .getByRole('link', { name: new RegExp(`Petra Revier \\(.* – ${german(lastDay)}\\)`) })
      .waitFor();

    await page.getByRole('button', { name: 'Vorschlag der Stadt erfassen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Vorschlag der Stadt erfassen' });
    // The term starts the day after the predecessor's last day.
    expect(await dialog.getByLabel('Beginn der Amtszeit').inputValue()).toBe(addDays(lastDay, 1));
    await dialog.getByRole('combobox', { name: 'Person' }).click();
    const offered = page.getByRole('option');
    await offered.first().waitFor();
    expect(await offered.allTextContents()).toEqual(['Paul Streife', 'Petra Revier']);
    await page.getByRole('option', { name: 'Paul Streife' }).click();
    await waitFor(
      async () =>
        (await dialog.getByRole('combobox', { name: 'Organisation' }).inputValue()) ===
        'Polizeiinspektion Halle',
    );
    await screenshot(page, 'terms-nominate-dialog', false);
    await dialog.getByRole('button', { name: 'Absenden' }).click();
    await page.getByText(/„Vorschlag der Stadt erfassen“ wurde erfasst/).waitFor();

    // The alert still asks for a successor until the plenary has appointed one.
    const notifications = async () =>
      (await ks.get('/notifications')).body.filter(
        (n: { kind: string; subjectId: string }) =>
          n.kind === 'term-expiry-alert' && n.subjectId === expiringId,
      );
    expect((await notifications())[0]).toMatchObject({ done: false, doneReason: null });

    await page.getByRole('button', { name: 'Beschluss der Vollversammlung erfassen' }).click();
    const decision = page.getByRole('dialog', { name: 'Beschluss der Vollversammlung erfassen' });
    await decision.getByRole('radio', { name: 'Berufen' }).check();
    expect(await decision.getByLabel('Beginn der Amtszeit').inputValue()).toBe(addDays(lastDay, 1));
    await decision.getByRole('button', { name: 'Absenden' }).click();
    await page
      .getByRole('dialog', { name: 'Entscheidung endgültig erfassen?' })
      .getByRole('button', { name: 'Endgültig erfassen' })
      .click();
    await page.getByText(/wurde erfasst\. Neuer Stand/).waitFor();
    expect((await ks.get(`/appointments/${successorId}`)).body).toMatchObject({
      status: 'appointed',
      termStart: addDays(lastDay, 1),
    });

    expect((await notifications())[0]).toMatchObject({ done: true, doneReason: 'successor_appointed' });
    await page.goto('/notifications');
    const done = page.getByRole('row', { name: /Amtszeit von Petra Revier/ });
    await done.getByText('Erledigt: Die Nachfolge ist berufen').waitFor();
    // Each row's checkbox is named after its notification; choosing one offers the bulk action.
    await done.getByRole('checkbox', { name: /^„.*Amtszeit von Petra Revier.*“ auswählen$/ }).check();
    await page.getByText('1 Eintrag ausgewählt').waitFor();
    await screenshot(page, 'terms-alert-done');
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`/appointments/${successorId}/show`);
    await page.getByRole('link', { name: new RegExp(`Petra Revier`) }).waitFor();
    await screenshot(page, 'terms-successor');
    expect(await seriousViolations(page)).toEqual([]);
  }, 120_000);

  it('lists on a phone only the terms ending within the lead time, the successor not among them', async () => {
    const page = await session('phone');
    await logIn(page, ADMIN.email, ADMIN.password);
    const terms = page.getByRole('region', { name: 'Ablaufende Amtszeiten' });
    await terms.getByText('noch 20 Tage').waitFor();
    await terms.getByText(/nächsten 180 Tagen/).waitFor();
    // Petra's term only: the successor's term and the science seat's end later.
    expect(await terms.getByRole('row').count()).toBe(2);
    await screenshot(page, 'terms-home-phone');
    expect(await horizontalOverflow(page)).toBe(0);
  });
});

/** A refusal the worker decides (the data changed after the API took the command in) reaches the office in German. */
describe('a refusal decided by the worker, in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    [app, browser] = await Promise.all([TestApp.start({ worker: 'off' }), launchChromium()]);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.close();
  });

  it('shows the refusal with its own key and the field it names', async () => {
    const ks = await app.login();
    const council = new CouncilFixture(app, ks);
    const police = await council.organization('Polizeiinspektion Halle', 'police');
    const provider = await council.organization('Jugendhilfe Halle e. V.', 'provider');
    const paul = await council.person('Paul Streife', police);
    const processId = await app.applyStart(
      await ks.post('/processes', { definition: 'seat-appointment', input: { seat: 'police' } }),
    );
    const appointment = (await ks.get(`/appointments?filter=${filter({ processId })}`)).body[0];

    context = await laptop(browser, app.http.baseUrl.replace(/\/api$/, ''));
    const page = await context.newPage();
    await logIn(page, ADMIN.email, ADMIN.password);
    await page.getByRole('region', { name: 'Meine Aufgaben' }).waitFor();
    await page.goto(`/appointments/${appointment.id}/show`);
    await page.getByRole('button', { name: 'Vorschlag der Stadt erfassen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Vorschlag der Stadt erfassen' });
    await dialog.getByRole('combobox', { name: 'Person' }).click();
    await page.getByRole('option', { name: 'Paul Streife' }).click();
    await dialog.getByRole('button', { name: 'Absenden' }).click();

    // Taken in (202); before the worker gets to it, Paul moves to a provider.
    const queued = await waitFor(
      () => app.api.get(EntityManager).fork().findOne(Command, { processId, type: 'NOMINATE' }),
      { what: 'the queued nomination' },
    );
    expect((await ks.put(`/people/${paul}`, { name: 'Paul Streife', organizationId: provider })).status).toBe(
      200,
    );
    await app.api.get(CommandApplier).apply(queued.id);

    const command = (await ks.get(`/commands/${queued.id}`)).body;
    expect(command).toMatchObject({
      status: 'rejected',
      code: 'CONFLICT',
      key: 'person.wrong_kind',
      details: [expect.objectContaining({ field: 'payload.personId', key: 'person.wrong_kind' })],
    });
    await dialog
      .getByRole('alert')
      .getByText(
        'Person: Die Person gehört zu „Jugendhilfe Halle e. V.“ (Freier Träger); der Sitz verlangt eine Organisation der Art „Polizei“.',
      )
      .waitFor();
    await screenshot(page, 'worker-refusal-dialog', false);
    expect((await ks.get(`/appointments/${appointment.id}`)).body.status).toBe('awaitingNomination');
  });
});
