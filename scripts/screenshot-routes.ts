// `npx tsx scripts/screenshot-routes.ts`: starts Werkplein with the demo and saves the README pictures of
// routes to work: a PRB programme (case manager) and the polis in the client portal (the client).
import { launchChromium, startWerkpleinProcess } from '../test/e2e/werkplein-process.ts';

const werkplein = await startWerkpleinProcess();
const browser = await launchChromium();
try {
  const login = async (email: string, height = 900) => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height }, locale: 'nl-NL' })).newPage();
    await page.goto(`${werkplein.url}/inloggen`);
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill('Werkplein-demo-2026');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
    return page;
  };

  const km = await login('klantmanager@eindhoven.demo.werkplein.nl', 1500);
  const programmes = (await (await km.request.get(`${werkplein.url}/api/v1/prb-programmes`)).json()) as { id: string; name: string }[];
  const eindhoven = programmes.find((p) => p.name.includes('2004'))!;
  await km.goto(`${werkplein.url}/prb/${eindhoven.id}`);
  await km.getByRole('table').first().waitFor();
  await km.getByText('Bezig met laden…').waitFor({ state: 'detached' });
  await km.screenshot({ path: 'docs/screenshot-prb.png' });

  const client = await login('werkzoekende@eindhoven.demo.werkplein.nl');
  await client.goto(`${werkplein.url}/mijn/polis`);
  await client.getByRole('heading', { level: 2 }).first().waitFor();
  await client.getByText('Bezig met laden…').waitFor({ state: 'detached' });
  await client.screenshot({ path: 'docs/screenshot-polis.png' });
  console.log('docs/screenshot-prb.png en docs/screenshot-polis.png geschreven');
} finally {
  await browser.close();
  await werkplein.stop();
}
