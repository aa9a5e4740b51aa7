import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addDays, berlinDateOf } from '@gremium/council';
import { CouncilFixture, type SteeringCouncil } from '../support/council-fixture';
import type { HttpClient } from '../support/http-client';
import { ADMIN, TestApp } from '../support/test-app';
import {
  horizontalOverflow,
  laptop,
  launchChromium,
  logIn,
  overflowingElements,
  phone,
  screenshot,
} from './browser';

const MEMBER_PASSWORD = 'Steuerung-2026-sicher';

/**
 * Every page the menu leads to, every form that creates a record and a record of each kind: on a phone
 * held upright, and on a laptop, nothing scrolls sideways.
 */
describe('every page fits a 390 px phone and a laptop, in Chromium', () => {
  let app: TestApp;
  let ks: HttpClient;
  let council: SteeringCouncil;
  let browser: Browser;
  let baseURL: string;
  const contexts: BrowserContext[] = [];
  const shown: Record<string, string> = {};

  beforeAll(async () => {
    [app, browser] = await Promise.all([TestApp.start(), launchChromium()]);
    baseURL = app.http.baseUrl.replace(/\/api$/, '');
    ks = await app.login();
    const fixture = new CouncilFixture(app, ks);
    council = await fixture.steeringGroup(1);
    const meeting = await fixture.plannedMeeting(
      'steering',
      addDays(berlinDateOf(Date.now()), 14),
      'Sitzung der Lenkungsgruppe mit einem recht langen Titel zur Verkehrssicherheit',
    );
    const first = async (path: string) => ((await ks.get(path)).body as { id: string }[])[0].id;
    shown.meeting = `/meetings/${meeting.id}/show`;
    shown.workingGroup = `/working-groups/${council.groupIds[0]}/show`;
    shown.person = `/people/${council.members[0].personId}/show`;
    shown.organization = `/organizations/${council.organizations.police}/show`;
    shown.appointment = `/appointments/${await first('/appointments')}/show`;
    shown.process = `/processes/${await first('/processes')}/show`;
    shown.personForm = `/people/${council.members[0].personId}`;
    shown.organizationForm = `/organizations/${council.organizations.police}`;
    shown.userForm = `/users/${await first('/users')}`;
  }, 240_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  async function logInOn(email: string, password: string, device = phone): Promise<Page> {
    const context = await device(browser, baseURL);
    contexts.push(context);
    const page = await context.newPage();
    await logIn(page, email, password);
    await page.getByRole('region', { name: 'Meine Aufgaben' }).waitFor();
    return page;
  }

  /** Opens each path once its data is shown; returns what scrolls sideways, by path. */
  async function sideways(page: Page, paths: string[], prefix: string): Promise<Record<string, string[]>> {
    const found: Record<string, string[]> = {};
    for (const path of paths) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      // react-admin's progress bar is gone once every request of the page was answered.
      await page.locator('.MuiLinearProgress-root').waitFor({ state: 'detached' });
      const shot = path === '/' ? '-start' : path.replace(/\/[0-9a-f-]{36}/, '/record').replace(/\W+/g, '-');
      await screenshot(page, `${prefix}${shot}`);
      if ((await horizontalOverflow(page)) > 0) found[path] = await overflowingElements(page);
    }
    return found;
  }

  /** Every page the menu leads to. */
  const lists = [
    '/',
    '/tasks',
    '/recommendations',
    '/processes',
    '/working-groups',
    '/appointments',
    '/meetings',
    '/calendar',
    '/annual-reports',
    '/memberships',
    '/people',
    '/organizations',
    '/steering-group',
    '/notifications',
    '/audit-events',
    '/users',
    '/incidents',
    '/settings',
    '/import',
  ];
  /** Every form that creates a record. */
  const forms = [
    '/meetings/create',
    '/memberships/create',
    '/organizations/create',
    '/people/create',
    '/processes/create',
    '/recommendations/create',
    '/users/create',
  ];

  // The two devices go through the pages side by side: most of a page's time is waiting for the network to go quiet.
  it('the office, on a phone and on a laptop: every list of the menu, every form and a record of each kind', async () => {
    const paths = [...lists, ...forms, ...Object.values(shown)];
    const [onPhone, onLaptop] = await Promise.all([
      logInOn(ADMIN.email, ADMIN.password).then((page) => sideways(page, paths, 'phone-office')),
      logInOn(ADMIN.email, ADMIN.password, laptop).then((page) => sideways(page, paths, 'laptop-office')),
    ]);
    expect({ phone: onPhone, laptop: onLaptop }).toEqual({ phone: {}, laptop: {} });
  }, 240_000);

  it('a moderator: the start page, the tasks, the group and the meeting', async () => {
    const moderator = council.members.find((member) => member.name.startsWith('Moderation'));
    const page = await logInOn(moderator!.email, MEMBER_PASSWORD);
    const paths = ['/', '/tasks', '/meetings', '/steering-group', shown.workingGroup, shown.meeting];
    expect(await sideways(page, paths, 'phone-moderator')).toEqual({});
  }, 180_000);
});
