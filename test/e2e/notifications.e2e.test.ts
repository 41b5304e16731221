import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openAdminPglite } from '../../src/platform/db/database.ts';
import { launchChromium, startWerkpleinProcess, type RunningWerkplein } from './werkplein-process.ts';
import { axeViolations, login, newPage } from './browser-helpers.ts';

/**
 * The bell in the header: the klantmanager sees how many notifications are unread, opens the list,
 * follows one (it is read, the count drops) and marks the rest read with "Alles gelezen". Notifications
 * come from other modules' rules, which have no route of their own: the test stops the server, writes three
 * into its embedded database, and starts it again on the same data folder (so they also outlive a restart).
 */
const KM = 'klantmanager@eindhoven.demo.werkplein.nl';

describe('notifications: the bell in the browser', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkplein-e2e-bell-'));
  let server: RunningWerkplein | null = null;
  let browser: Browser;
  let page: Page;
  const a11y: Record<string, string[]> = {};

  beforeAll(async () => {
    server = await startWerkpleinProcess({ dataDir }); // first start on the demo
    await server.stop();
    server = null;
    const admin = await openAdminPglite(dataDir);
    try {
      const { rows } = await admin.client.query<{ id: string; organisation_id: string }>(
        'SELECT id, organisation_id FROM users WHERE email = $1',
        [KM],
      );
      const user = rows[0]!;
      // The work queue's rules tell the klantmanager of new tasks once a day (ADR 0016); today's is marked
      // read beforehand, so the bell here shows exactly the three unread ones written below.
      await admin.client.query('DELETE FROM notifications WHERE recipient_id = $1', [user.id]);
      await admin.client.query(
        `INSERT INTO notifications (id, organisation_id, recipient_id, kind, title, link_path, dedupe_key, created_at, read_at)
         VALUES (gen_random_uuid(), $1, $2, 'worklist.new-tasks', 'Er staan nieuwe taken in je werkvoorraad', '/werkvoorraad',
                 'worklist.new-tasks:' || (now() AT TIME ZONE 'Europe/Amsterdam')::date::text, now() - interval '2 hours', now())`,
        [user.organisation_id, user.id],
      );
      const titles = ['Plaatsingscheck over 14 dagen', 'Traject loopt over de einddatum', 'Toestemming verloopt binnenkort'];
      for (const [i, title] of titles.entries()) {
        await admin.client.query(
          `INSERT INTO notifications (id, organisation_id, recipient_id, kind, title, link_path, created_at)
           VALUES (gen_random_uuid(), $1, $2, 'test.e2e', $3, '/clienten', now() - make_interval(mins => $4))`,
          [user.organisation_id, user.id, title, 10 * (titles.length - i)],
        );
      }
    } finally {
      await admin.close();
    }
    server = await startWerkpleinProcess({ dataDir });
    browser = await launchChromium();
    page = await newPage(browser);
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const bell = () => page.getByRole('button', { name: /^Meldingen,/ });
  const count = () => page.getByTestId('notification-count');

  it('shows the unread count in the header and the list under the bell', async () => {
    await login(page, server!.url, KM);
    await expect.poll(() => bell().getAttribute('aria-label')).toBe('Meldingen, 3 ongelezen');
    expect(await count().innerText()).toBe('3');
    expect(await bell().getAttribute('aria-expanded')).toBe('false');
    await bell().click();
    expect(await bell().getAttribute('aria-expanded')).toBe('true');
    const panel = page.getByRole('region', { name: 'Meldingen' });
    await panel.getByRole('listitem').first().waitFor();
    // Newest first.
    expect(await panel.getByRole('link').allInnerTexts()).toEqual([
      'Nieuw: Toestemming verloopt binnenkort',
      'Nieuw: Traject loopt over de einddatum',
      'Nieuw: Plaatsingscheck over 14 dagen',
      'Er staan nieuwe taken in je werkvoorraad',
    ]);
    a11y.open = await axeViolations(page);
    // Escape closes it and gives the focus back to the bell.
    await page.keyboard.press('Escape');
    expect(await bell().getAttribute('aria-expanded')).toBe('false');
    expect(await bell().evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('following a notification marks it read and lowers the count', async () => {
    await bell().click();
    await page.getByRole('link', { name: 'Nieuw: Traject loopt over de einddatum' }).click();
    await page.waitForURL(/\/clienten$/);
    await expect.poll(() => bell().getAttribute('aria-label')).toBe('Meldingen, 2 ongelezen');
    expect(await count().innerText()).toBe('2');
    await bell().click();
    expect(await page.getByRole('region', { name: 'Meldingen' }).getByRole('link').allInnerTexts()).toEqual([
      'Nieuw: Toestemming verloopt binnenkort',
      'Traject loopt over de einddatum',
      'Nieuw: Plaatsingscheck over 14 dagen',
      'Er staan nieuwe taken in je werkvoorraad',
    ]);
  });

  it('"Alles gelezen" marks the rest read; after a reload the count stays gone', async () => {
    await page.getByRole('button', { name: 'Alles gelezen' }).click();
    await expect.poll(() => bell().getAttribute('aria-label')).toBe('Meldingen, geen ongelezen');
    expect(await count().count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Alles gelezen' }).count()).toBe(0);
    await page.reload();
    await expect.poll(() => bell().getAttribute('aria-label')).toBe('Meldingen, geen ongelezen');
    a11y.afterReading = await axeViolations(page);
  });

  it('has no accessibility violations (axe, WCAG 2.2 AA)', () => {
    expect(a11y).toEqual({ open: [], afterReading: [] });
  });
});
