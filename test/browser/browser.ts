import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ARTIFACTS = join(__dirname, '..', 'artifacts');

/** Debian's Chromium, headless, without any network but the test app's. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A fresh session on a 1366×768 laptop, German and on the council's clock. */
export function laptop(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    viewport: { width: 1366, height: 768 },
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
  });
}

export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage });
}

export interface Violation {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** axe-core with the WCAG 2.1 A and AA rules: every violation on the page as it is now, whatever its impact. */
export async function violations(page: Page): Promise<Violation[]> {
  // A tooltip opening under the pointer after a click fades in while axe runs: half transparent, it fails
  // the contrast check for a colour it does not have. Waiting for a fully shown one still raced with a
  // tooltip whose opening delay ran out after the wait, so the pointer leaves the controls first (the app
  // bar's top-left corner holds none), which cancels any tooltip, and the scan waits until none is left.
  await page.mouse.move(0, 0);
  await page.waitForFunction(() => document.querySelector('.MuiTooltip-popper') === null);
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

/** A phone held upright (390×844), German and on the council's clock. */
export function phone(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
  });
}

/** How far the page scrolls sideways (0 when it fits the viewport). */
export function horizontalOverflow(page: Page): Promise<number> {
  // A string: the tests are compiled without the DOM's types.
  return page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
}

/** The innermost elements that reach beyond the viewport's right edge (to name what makes a page scroll). */
export function overflowingElements(page: Page): Promise<string[]> {
  // The deepest elements wider than the viewport, or reaching beyond it (but not the app bar's).
  return page.evaluate<string[]>(`(() => {
    const width = document.documentElement.clientWidth;
    const wide = (element) => {
      const box = element.getBoundingClientRect();
      return box.width > width + 1 || (box.right > width + 1 && !element.closest('header'));
    };
    return [...document.querySelectorAll('body *')]
      .filter(wide)
      .filter((element) => ![...element.children].some(wide))
      .slice(0, 3)
      .map((element) => element.tagName.toLowerCase() + '.' + [...element.classList].slice(0, 2).join('.') +
        ' "' + (element.textContent || '').trim().slice(0, 30) + '"');
  })()`);
}

/** axe-core with the WCAG 2.1 A and AA rules: the serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  return (await violations(page)).filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
}

/** The login form, as a person fills it in. */
export async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('textbox', { name: /^E-Mail/ }).fill(email);
  await page.getByRole('textbox', { name: 'Passwort' }).fill(password);
  // Answered (the session cookie set, or the refusal shown) before the caller navigates on: a navigation
  // right after the click would cancel the login request.
  const answered = page.waitForResponse(
    (response) => response.url().endsWith('/api/auth/login') && response.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await answered;
}
