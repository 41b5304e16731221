import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, werkpleinInBrowser } from './browser-helpers.ts';

/**
 * The klantmanager's day in the browser: signing in opens Mijn werkvoorraad, where the demo's placement
 * checks wait (one overdue); completing one takes it off the queue. In a client file the timeline takes a
 * journal entry and shows it at the top.
 */
const KM = 'klantmanager@eindhoven.demo.werkplein.nl';

describe('Mijn werkvoorraad and the client timeline in the browser', () => {
  const werkplein = werkpleinInBrowser();
  let page: Page;
  const a11y: Record<string, string[]> = {};

  beforeAll(async () => {
    page = await werkplein.signedIn(KM);
  });

  it('starts the case manager’s day at the work queue, with the overdue placement check under “Te laat”', async () => {
    await page.goto(`${werkplein.url}/`);
    await page.waitForURL(/\/werkvoorraad$/);
    await page.getByRole('heading', { name: 'Mijn werkvoorraad', level: 1 }).waitFor();
    const overdue = page.locator('section[data-group="overdue"]');
    await overdue.getByRole('heading', { name: 'Plaatsingscheck na 6 maanden' }).first().waitFor();
    expect(await overdue.innerText()).toContain('Aangemaakt door Werkplein');
    a11y.queue = await axeViolations(page);
  });

  it('completes the overdue check, which then leaves the queue', async () => {
    const overdue = page.locator('section[data-group="overdue"]');
    const before = await overdue.locator('.wp-worklist__item').count();
    expect(before).toBeGreaterThan(0);
    await overdue.getByRole('button', { name: '“Plaatsingscheck na 6 maanden” afronden' }).first().click();
    await page.getByText('De taak is afgerond.').waitFor();
    await expect.poll(() => overdue.locator('.wp-worklist__item').count()).toBe(before - 1);
  });

  it('filters the queue per kind and completes several at once', async () => {
    await page.getByLabel('Soort').selectOption('placement_proposal');
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await page.waitForURL(/type=placement_proposal/);
    const items = page.locator('.wp-worklist__item');
    await items.first().waitFor();
    const total = await items.count();
    expect(await page.locator('.wp-badge', { hasText: 'Plaatsing' }).count()).toBe(total);
    const boxes = page.getByRole('checkbox', { name: /^Selecteer/ });
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.getByRole('button', { name: 'Geselecteerde taken afronden (2)' }).click();
    await page.getByText('2 taken zijn afgerond.').waitFor();
    await expect.poll(() => items.count()).toBe(total - 2);
  });

  it('writes a journal entry in a client file and shows it first on the timeline', async () => {
    await page.goto(`${werkplein.url}/clienten`);
    await page.locator('table tbody tr a').first().click();
    await page.waitForURL(/\/clienten\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Tijdlijn' }).waitFor();
    await page.getByRole('button', { name: 'Journaalregel opslaan' }).click();
    // Without text the form says so at the field.
    await expect.poll(() => page.getByLabel('Wat is er besproken of gebeurd?').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Soort', { exact: true }).selectOption('telefoon');
    await page.getByLabel('Wat is er besproken of gebeurd?').fill('Gebeld over de start bij de groenvoorziening.');
    await page.getByRole('button', { name: 'Journaalregel opslaan' }).click();
    await page.getByText('De journaalregel is opgeslagen.').waitFor();
    const first = page.locator('.wp-timeline__item').first();
    await expect.poll(() => first.innerText()).toContain('Gebeld over de start bij de groenvoorziening.');
    expect(await first.innerText()).toContain('Telefonisch contact');
    a11y.timeline = await axeViolations(page);
  });

  it('has no accessibility violations', () => {
    expect(a11y).toEqual({ queue: [], timeline: [] });
  });
});
