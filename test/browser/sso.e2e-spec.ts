import type { Browser, Page } from 'playwright-core';
import { freePort, startOidcProvider, type TestProvider } from '../support/oidc-provider';
import { TestApp } from '../support/test-app';
import { launchChromium, laptop, logIn, screenshot, seriousViolations } from './browser';

describe('logging in through the city’s identity provider, and changing one’s password, in Chromium', () => {
  let provider: TestProvider;
  let app: TestApp;
  let browser: Browser;
  let baseURL: string;

  beforeAll(async () => {
    const port = await freePort();
    baseURL = `http://127.0.0.1:${port}`;
    [provider, browser] = await Promise.all([
      startOidcProvider(`${baseURL}/api/auth/oidc/callback`, {
        'l.wagner': { email: 'lena.wagner@praeventionsrat.test', email_verified: true },
      }),
      launchChromium(),
    ]);
    app = await TestApp.start({
      port,
      worker: 'off',
      env: {
        PUBLIC_URL: baseURL,
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: provider.clientId,
        OIDC_CLIENT_SECRET: provider.clientSecret,
      },
    });
    const ks = await app.login();
    await ks.post('/users', {
      email: 'lena.wagner@praeventionsrat.test',
      password: 'Anfangs-Passwort-2026',
      roles: ['viewer'],
    });
  });
  afterAll(async () => {
    await browser.close();
    await app.close();
    await provider.stop();
  });

  async function page(width = 1366): Promise<Page> {
    const context = await laptop(browser, baseURL);
    const opened = await context.newPage();
    await opened.setViewportSize({ width, height: 800 });
    return opened;
  }

  it('offers the city account on the login page and logs the viewer in through the provider', async () => {
    const browserPage = await page();
    await browserPage.goto('/');
    const sso = browserPage.getByRole('link', { name: 'Mit dem Konto der Stadt anmelden' });
    await sso.waitFor();
    await screenshot(browserPage, 'sso-login-page');
    expect(await seriousViolations(browserPage)).toEqual([]);

    await sso.click();
    await browserPage.locator('input[name="login"]').fill('l.wagner');
    await browserPage.locator('input[name="password"]').fill('beim Anbieter');
    await browserPage.getByRole('button', { name: 'Sign-in' }).click();
    await browserPage.getByRole('button', { name: /lena\.wagner@praeventionsrat\.test/ }).waitFor();
    expect(new URL(browserPage.url()).origin).toBe(baseURL);
    await screenshot(browserPage, 'sso-logged-in');
  });

  it('shows the login page at 390 px with the button, and wrong passwords in German', async () => {
    const narrow = await page(390);
    await logIn(narrow, 'lena.wagner@praeventionsrat.test', 'falsch-geraten-1');
    await narrow.getByText('E-Mail-Adresse oder Passwort ist falsch.').waitFor();
    await narrow.getByRole('link', { name: 'Mit dem Konto der Stadt anmelden' }).waitFor();
    await screenshot(narrow, 'sso-login-page-390');
    expect(await seriousViolations(narrow)).toEqual([]);
  });

  it('lets the viewer change her password from the identity menu', async () => {
    const browserPage = await page();
    await logIn(browserPage, 'lena.wagner@praeventionsrat.test', 'Anfangs-Passwort-2026');
    await browserPage.getByRole('button', { name: /lena\.wagner@praeventionsrat\.test/ }).click();
    await browserPage.getByRole('menuitem', { name: 'Passwort ändern' }).click();
    const dialog = browserPage.getByRole('dialog', { name: 'Passwort ändern' });
    await dialog.getByLabel('Aktuelles Passwort').fill('nicht-das-richtige');
    await dialog.getByLabel(/^Neues Passwort\W*$/).fill('Neues-Passwort-2026');
    await dialog.getByLabel('Neues Passwort wiederholen').fill('Neues-Passwort-2026');
    await dialog.getByRole('button', { name: 'Passwort ändern' }).click();
    await dialog.getByText('Das aktuelle Passwort ist falsch.').waitFor();
    await screenshot(browserPage, 'password-dialog');
    expect(await seriousViolations(browserPage)).toEqual([]);

    await dialog.getByLabel('Aktuelles Passwort').fill('Anfangs-Passwort-2026');
    await dialog.getByRole('button', { name: 'Passwort ändern' }).click();
    await browserPage.getByText('Passwort geändert; Ihre anderen Sitzungen wurden beendet.').waitFor();
    const again = await app.http.post('/auth/login', {
      email: 'lena.wagner@praeventionsrat.test',
      password: 'Neues-Passwort-2026',
    });
    expect(again.status).toBe(200);
  });
});
