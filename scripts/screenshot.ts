// `npx tsx scripts/screenshot.ts`: starts Werkplein with the demo and saves docs/screenshot.png (README).
import { launchChromium, startWerkpleinProcess } from '../test/e2e/werkplein-process.ts';

const werkplein = await startWerkpleinProcess();
const browser = await launchChromium();
try {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' })).newPage();
  await page.goto(`${werkplein.url}/inloggen`);
  await page.getByLabel('E-mailadres').fill('klantmanager@eindhoven.demo.werkplein.nl');
  await page.getByLabel('Wachtwoord').fill('Werkplein-demo-2026');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
  await page.goto(`${werkplein.url}/clienten`);
  await page.getByRole('table').waitFor();
  await page.screenshot({ path: process.argv[2] ?? 'docs/screenshot-caseload.png' });
  // A client with a few years of ladder history makes the better picture.
  const list = (await (await page.request.get(`${werkplein.url}/api/v1/clients?pageSize=50`)).json()) as { items: { id: string }[] };
  let chosen = list.items[0]!.id;
  for (const c of list.items) {
    const history = (await (await page.request.get(`${werkplein.url}/api/v1/clients/${c.id}/ladder-assessments`)).json()) as unknown[];
    if (history.length >= 4) {
      chosen = c.id;
      break;
    }
  }
  await page.goto(`${werkplein.url}/clienten/${chosen}/ladder`);
  await page.getByRole('img').first().waitFor();
  await page.screenshot({ path: 'docs/screenshot.png' });
  console.log('docs/screenshot.png geschreven');
} finally {
  await browser.close();
  await werkplein.stop();
}
