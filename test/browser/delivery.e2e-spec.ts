import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ADMIN, TestApp } from '../support/test-app';
import { launchChromium } from './browser';

interface Visit {
  /** Bytes on the wire (headers and bodies) until the login form shows. */
  loginBytes: number;
  /** … and until the home page shows the inbox with data. */
  homeBytes: number;
  /** From the click on "Anmelden" to the inbox showing data, in milliseconds (reported, not asserted). */
  loginToInboxMs: number;
}

/** How much the dashboard costs to load: compressed and cached for good vs. what it cost uncompressed. */
describe('delivering the dashboard', () => {
  let app: TestApp;
  let browser: Browser;
  let baseURL: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [app, browser] = await Promise.all([TestApp.start(), launchChromium()]);
    baseURL = app.http.baseUrl.replace(/\/api$/, '');
    const ks = await app.login();
    await ks.post('/processes', {
      definition: 'working-group-founding',
      input: { name: 'AG Nahverkehr', topic: 'Bus und Bahn', rationale: 'Vorschlag' },
    });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  /** A first visit of the coordination office, counting what crosses the network (Chrome's own figures). */
  async function firstVisit(headers: Record<string, string> = {}): Promise<Visit> {
    const context = await browser.newContext({
      baseURL,
      viewport: { width: 1366, height: 768 },
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
      extraHTTPHeaders: headers,
    });
    contexts.push(context);
    const page: Page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let bytes = 0;
    cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
      bytes += event.encodedDataLength;
    });
    await page.goto('/');
    await page.getByRole('button', { name: 'Anmelden' }).waitFor();
    await page.waitForLoadState('networkidle');
    const loginBytes = bytes;
    await page.getByRole('textbox', { name: /^E-Mail/ }).fill(ADMIN.email);
    await page.getByRole('textbox', { name: 'Passwort' }).fill(ADMIN.password);
    const clicked = Date.now();
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page
      .getByRole('region', { name: 'Meine Aufgaben' })
      .getByRole('button', { name: 'Beschluss der Vollversammlung erfassen' })
      .waitFor();
    const loginToInboxMs = Date.now() - clicked;
    await page.waitForLoadState('networkidle');
    return { loginBytes, homeBytes: bytes, loginToInboxMs };
  }

  it('serves the hashed assets precompressed and cached for good, index.html revalidated', async () => {
    const html = await fetch(`${baseURL}/`, { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(html.headers.get('cache-control')).toBe('no-cache');
    const script = /src="(\/assets\/index-[^"]+\.js)"/.exec(await html.text())?.[1];
    expect(script).toBeDefined();

    const brotli = await fetch(`${baseURL}${script}`, {
      headers: { 'Accept-Encoding': 'gzip, deflate, br' },
    });
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(brotli.headers.get('content-type')).toMatch(/^application\/javascript|^text\/javascript/);
    expect(brotli.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(brotli.headers.get('vary')).toMatch(/Accept-Encoding/);
    const gzip = await fetch(`${baseURL}${script}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    const plain = await fetch(`${baseURL}${script}`, { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    // fetch decompresses: all three are the same script.
    const [a, b, c] = await Promise.all([brotli.text(), gzip.text(), plain.text()]);
    expect(a).toBe(c);
    expect(b).toBe(c);
    // An encoded climb out of assets/ gets the dashboard's page, never a file from elsewhere.
    const climb = await fetch(`${baseURL}/assets/..%2F..%2F..%2Fpackage.json`, {
      headers: { 'Accept-Encoding': 'br, gzip' },
    });
    expect(await climb.text()).not.toContain('devDependencies');
  });

  it('loads login and home with far fewer bytes than uncompressed', async () => {
    const uncompressed = await firstVisit({ 'Accept-Encoding': 'identity' });
    const compressed = await firstVisit();
    console.log(
      `dashboard delivery: login ${uncompressed.loginBytes} → ${compressed.loginBytes} bytes, ` +
        `login + home ${uncompressed.homeBytes} → ${compressed.homeBytes} bytes, ` +
        `"Anmelden" to inbox data ${uncompressed.loginToInboxMs} ms (uncompressed) / ${compressed.loginToInboxMs} ms`,
    );
    expect(compressed.homeBytes).toBeLessThan(uncompressed.homeBytes / 2);
  });
});
