import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { HttpClient } from '../support/http-client';
import { meetingBody } from '../support/council-fixture';
import { samplePdf } from '../support/sample-files';
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
} from './browser';

const LONG_TITLE =
  'Sichere Schulwege für alle Grundschulkinder der Silberhöhe: Querungshilfen, Schülerlotsen und Tempo 30';

const berlinDate = (at: Date) => at.toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });

/**
 * The coordination office at work on a recommendation (issue 13): the list filtered by the tag Mobbing,
 * the difference between two wordings, a PDF uploaded to it, the due date of a forwarding.
 */
describe('documents, versions and tags of recommendations, in Chromium as the coordination office', () => {
  let app: TestApp;
  let ks: HttpClient;
  let browser: Browser;
  let recommendationId: string;
  let longTitleId: string;
  let meetingId: string;
  const today = berlinDate(new Date());

  beforeAll(async () => {
    [app, browser] = await Promise.all([TestApp.start(), launchChromium()]);
    ks = await app.login();
    const meeting = await ks.post('/meetings', meetingBody('steering', today, 'Steuerungsgruppe IV/2026'));
    meetingId = meeting.body.id;
    const created = await ks.post('/recommendations', {
      title: 'Mobbing an Schulen vorbeugen',
      text: 'Die Steuerungsgruppe empfiehlt Schulungen für Lehrkräfte.',
      addressees: ['administration'],
      tags: ['Mobbing'],
    });
    recommendationId = created.body.id;
    const processId = created.body.processId as string;
    for (const text of [
      'Die Steuerungsgruppe empfiehlt Schulungen für Lehrkräfte und Eltern.',
      'Die Steuerungsgruppe empfiehlt jährliche Schulungen für Lehrkräfte, Eltern und Schulsozialarbeit.',
    ]) {
      const edited = await ks.put(`/recommendations/${recommendationId}`, {
        title: 'Mobbing an Schulen vorbeugen',
        text,
        addressees: ['administration'],
        tags: ['Mobbing'],
      });
      expect(edited.status).toBe(200);
    }
    await ks.post(`/processes/${processId}/commands`, { type: 'SUBMIT', payload: {} });
    await ks.post(`/processes/${processId}/commands`, {
      type: 'STEERING_DECISION',
      payload: { decision: 'endorsed', meetingId, votes: { yes: 6, no: 1, abstain: 1 } },
    });
    const forwarded = await ks.post(`/processes/${processId}/commands`, {
      type: 'FORWARD',
      payload: {
        addressee: 'administration',
        reference: 'OB/2026/117',
        date: today,
        answerDueOn: '2027-01-29',
      },
    });
    expect(forwarded.status).toBe(200);
    const long = await ks.post('/recommendations', {
      title: LONG_TITLE,
      text: 'Die Steuerungsgruppe empfiehlt Querungshilfen an den Wegen zu den Grundschulen.',
      addressees: ['administration', 'council'],
      tags: ['Verkehr'],
    });
    longTitleId = long.body.id;
    for (const [type, payload] of [
      ['SUBMIT', {}],
      ['STEERING_DECISION', { decision: 'endorsed', meetingId, votes: { yes: 7, no: 0, abstain: 1 } }],
      ['FORWARD', { addressee: 'administration', reference: 'OB/2026/118', date: today }],
    ] as const) {
      const sent = await ks.post(`/processes/${long.body.processId}/commands`, { type, payload });
      expect(sent.status).toBe(200);
    }
    await ks.post('/recommendations', {
      title: 'Beleuchtung am Bahnhof',
      text: 'Mehr Licht.',
      addressees: ['council'],
      tags: ['Verkehr'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const base = () => app.http.baseUrl.replace(/\/api$/, '');

  async function filterByTag(page: Page) {
    await page.goto('/recommendations');
    await page.getByRole('textbox', { name: 'Schlagwort' }).fill('Mobbing');
    await page.getByText('Beleuchtung am Bahnhof').waitFor({ state: 'detached' });
    await page.getByText('Mobbing an Schulen vorbeugen').first().waitFor();
  }

  async function showDiff(page: Page) {
    await page.goto(`/recommendations/${recommendationId}/show`);
    const versions = page.getByRole('region', { name: /Fassungen/ });
    await versions.waitFor();
    await versions.locator('ins', { hasText: 'jährliche' }).first().waitFor();
    return versions;
  }

  async function session(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    await logIn(page, ADMIN.email, ADMIN.password);
    await page.getByRole('heading', { name: 'Alle offenen Punkte' }).waitFor();
    return page;
  }

  it('filters by tag, shows the difference of two wordings, takes a PDF and shows the answer’s due date (desktop)', async () => {
    const context = await laptop(browser, base());
    const page = await session(context);
    await filterByTag(page);
    await screenshot(page, 'recommendations-tag-filter');

    const versions = await showDiff(page);
    await screenshot(page, 'recommendation-version-diff');
    // The last two wordings by default: version 2 against version 3, word by word.
    const textDiff = versions.getByTestId('text-diff');
    const inserted = (await textDiff.locator('ins').allTextContents()).join('|');
    expect(inserted).toContain('jährliche');
    expect(inserted).toContain('Schulsozialarbeit');
    expect(await textDiff.locator('del').count()).toBeGreaterThan(0);
    expect(await textDiff.textContent()).toContain('Die Steuerungsgruppe empfiehlt');
    await page.getByText('Antwort fällig am 29.01.2027').waitFor();

    const documents = page.getByRole('region', { name: 'Dokumente' });
    await documents.getByText('Noch keine Dokumente.').waitFor();
    await documents.locator('input[type=file]').setInputFiles({
      name: 'Stellungnahme Schulamt.pdf',
      mimeType: 'application/pdf',
      buffer: samplePdf('Stellungnahme'),
    });
    await documents.getByRole('link', { name: 'Stellungnahme Schulamt.pdf' }).waitFor();
    await documents.getByRole('cell', { name: 'PDF', exact: true }).waitFor();
    await screenshot(page, 'recommendation-documents-and-diff');
    expect(await seriousViolations(page)).toEqual([]);

    const attached = await ks.get(`/attachments?subjectKind=recommendation&subjectId=${recommendationId}`);
    expect(attached.body).toEqual([
      expect.objectContaining({ name: 'Stellungnahme Schulamt.pdf', mediaType: 'application/pdf' }),
    ]);
    const href = await documents
      .getByRole('link', { name: 'Stellungnahme Schulamt.pdf' })
      .getAttribute('href');
    const download = await page.request.get(String(href));
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');
    await context.close();
  }, 180_000);

  it('fits a phone held upright: list, diff and documents without sideways scrolling', async () => {
    const context = await phone(browser, base());
    const page = await session(context);
    await filterByTag(page);
    await screenshot(page, 'recommendations-tag-filter-390');
    expect({ overflow: await horizontalOverflow(page), wide: await overflowingElements(page) }).toMatchObject(
      {
        overflow: 0,
      },
    );

    await showDiff(page);
    await page.getByRole('link', { name: 'Stellungnahme Schulamt.pdf' }).waitFor();
    await screenshot(page, 'recommendation-documents-and-diff-390');
    expect(await horizontalOverflow(page)).toBe(0);

    await page.goto(`/meetings/${meetingId}/show`);
    await page.getByRole('region', { name: 'Dokumente' }).getByText('Noch keine Dokumente.').waitFor();
    await screenshot(page, 'meeting-documents-390');
    expect(await horizontalOverflow(page)).toBe(0);
    await context.close();
  }, 180_000);

  it('cuts a long title short in the app bar of a phone, with „…“, and names it whole in the breadcrumb', async () => {
    const context = await phone(browser, base());
    const page = await session(context);
    await page.goto(`/recommendations/${longTitleId}/show`);
    const full = `Handlungsempfehlung: ${LONG_TITLE}`;
    const title = page.getByRole('heading', { level: 1, name: full });
    await title.waitFor();
    await page
      .getByRole('region', { name: 'Adressaten' })
      .getByText('OB/2026/118', { exact: false })
      .waitFor();
    await page.getByRole('navigation', { name: 'Sie sind hier' }).getByText(LONG_TITLE).waitFor();
    await screenshot(page, 'recommendation-long-title-390', false);

    expect(await horizontalOverflow(page)).toBe(0);
    // A string: the tests are compiled without the DOM's types.
    const heading = await page.evaluate<{
      cut: boolean;
      ellipsis: string;
      inline: boolean;
      title: string;
    }>(`(() => {
      const heading = document.getElementById('react-admin-title');
      return {
        cut: heading.scrollWidth > heading.clientWidth,
        ellipsis: getComputedStyle(heading).textOverflow,
        inline: [...heading.children].every((child) => getComputedStyle(child).display === 'inline'),
        title: heading.title,
      };
    })()`);
    // Text in an inline-block would be clipped, not end in „…“.
    expect(heading).toEqual({ cut: true, ellipsis: 'ellipsis', inline: true, title: full });
    await context.close();
  }, 180_000);
});
