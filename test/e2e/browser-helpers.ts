import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchChromium, startWerkpleinProcess, type RunningWerkplein, type StartOptions } from './werkplein-process.ts';

export const DEMO_PASSWORD = 'Werkplein-demo-2026';
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core with the WCAG 2.2 A/AA rules; one readable line per violation. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** A fresh browser context (own cookies) in Dutch, Amsterdam time. */
export function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
}

/** A page in a fresh context (see newContext). */
export async function newPage(browser: Browser): Promise<Page> {
  return (await newContext(browser)).newPage();
}

export async function login(page: Page, base: string, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${base}/inloggen`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
}

/** Opens a fresh page (see newPage) and signs in there. */
export async function signedInPage(browser: Browser, base: string, email: string, password = DEMO_PASSWORD): Promise<Page> {
  const page = await newPage(browser);
  await login(page, base, email, password);
  return page;
}

/** The server and the browser one e2e file runs against, once started (see werkpleinInBrowser). */
export interface WerkpleinInBrowser {
  readonly werkplein: RunningWerkplein;
  readonly browser: Browser;
  /** The server's base URL. */
  readonly url: string;
  /** A fresh page (own cookies) signed in as `email`. */
  signedIn(email: string, password?: string): Promise<Page>;
}

/**
 * Starts `werkplein start` and Chromium before the file's (or describe block's) own beforeAll hooks and
 * closes both after it; call it at the top of the describe block.
 */
export function werkpleinInBrowser(options?: StartOptions): WerkpleinInBrowser {
  let werkplein: RunningWerkplein | undefined;
  let browser: Browser | undefined;
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the server and browser start in beforeAll');
    return value;
  };
  beforeAll(async () => {
    werkplein = await startWerkpleinProcess(options);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await werkplein?.stop();
  });
  return {
    get werkplein() {
      return started(werkplein);
    },
    get browser() {
      return started(browser);
    },
    get url() {
      return started(werkplein).url;
    },
    signedIn(email, password) {
      return signedInPage(started(browser), started(werkplein).url, email, password);
    },
  };
}

/**
 * A JSON call in the page's own session (its cookies) with the CSRF token, for what a test sets up or
 * reads beside the screens. `url` may be relative to the page's current address.
 */
export async function apiCall(
  page: Page,
  method: string,
  url: string,
  body?: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const target = new URL(url, page.url());
  const session = await page.request.get(new URL('/api/v1/sessions/current', target).href);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const response = await page.request.fetch(target.href, {
    method,
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken },
    ...(body === undefined ? {} : { data: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status(), json: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
}

/** Sets a phone-sized viewport (390 × 844) for the pages that follow. */
export async function setNarrowScreen(page: Page): Promise<void> {
  await page.setViewportSize({ width: NARROW_WIDTH, height: 844 });
}

export const NARROW_WIDTH = 390;

/** The page's content is no wider than its viewport: nothing to scroll sideways to. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const width = page.viewportSize()?.width ?? NARROW_WIDTH;
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}
