import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePdf } from '../../../src/platform/documents/pdf-reader.testkit.ts';
import { formatDateTimeNl } from '../../../src/modules/polis/polis.rules.ts';
import type { Agent, TestApp } from '../../harness.ts';
import { createWorld, type World } from '../../factories.ts';
import { createVacancyTestApp, newClient } from '../vacancies/factories.ts';
import { draftPolis, insertTrajectory, polisInput } from './factories.ts';

/**
 * The polis as a PDF: downloadable by the klantmanager and, for their own polis, by the client in the portal.
 * It shows parties, version, goal rung, obligations, steps and signatures with the content hash; a version
 * not signed by both says CONCEPT — niet ondertekend.
 */

let t: TestApp;
let world: World;
let km: Agent;
let me: Agent;
let portalClientId: string;

beforeAll(async () => {
  t = await createVacancyTestApp();
  world = await createWorld(t.services.database.db, t.app);
  km = await world.agent('A', 'klantmanager');
  me = await world.agent('A', 'werkzoekende');
  portalClientId = await world.portalClientId();
});
afterAll(async () => t?.close());

function pdfOf(res: LightMyRequestResponse) {
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  const body = res.rawPayload;
  expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const parsed = parsePdf(body);
  // Text as it reads, with wrapped lines joined.
  return { body, parsed, text: parsed.text.replace(/\s+/g, ' ') };
}

describe('polis PDF', () => {
  it('an unsigned draft: CONCEPT — niet ondertekend, with all content and Dutch characters intact', async () => {
    const c = await newClient(km, { firstName: 'Zoë', surnamePrefix: 'van', surname: 'Brüggen-Çelik' });
    const trajectory = await insertTrajectory(t.services.database.db, world, 'A', c.id, { instrumentName: 'Werkfit (groep) \\ Eindhoven' });
    const { versionId } = await draftPolis(km, c.id, {
      municipalityObligations: ['De gemeente vergoedt € 50,- reiskosten per maand (op declaratie).'],
      clientObligations: ['Ik ga naar de training ‘Solliciteren’ en meld me af vóór 9 uur.'],
      goalRung: 4,
      steps: [
        {
          description: 'Training “Werkfit” volgen',
          trajectoryId: trajectory.id,
          responsible: 'provider',
          startDate: '2026-02-02',
          dueDate: '2026-05-29',
        },
        { description: 'Eerste sollicitatie (café of ijssalon)', responsible: 'client', startDate: '2026-06-01', dueDate: '2026-06-30' },
      ],
    });
    const res = await km.get(`/api/v1/polis-versions/${versionId}/pdf`);
    expect(res.headers['content-disposition']).toBe('attachment; filename="polis-versie-1-concept.pdf"');
    const { parsed, text } = pdfOf(res);
    expect(parsed.fonts.sort()).toEqual(['Helvetica', 'Helvetica-Bold']);
    expect(text).toContain('Polis: afspraken over de route naar werk');
    expect(text).toContain('CONCEPT — niet ondertekend');
    expect(parsed.pages[0]!.items[0]!.text).toBe('CONCEPT');
    expect(text).toContain(`Gemeente ${world.orgs.A.name}`);
    expect(text).toContain('Cliënt Zoë van Brüggen-Çelik');
    expect(text).toContain('Versie 1 (concept)');
    expect(text).toContain('Trede 4: Onbetaald werk');
    expect(text).toContain('Verplichtingen van de gemeente 1. De gemeente vergoedt € 50,- reiskosten per maand (op declaratie).');
    expect(text).toContain('Verplichtingen van de cliënt 1. Ik ga naar de training ‘Solliciteren’ en meld me af vóór 9 uur.');
    expect(text).toContain('Training “Werkfit” volgen');
    expect(text).toContain('Traject: Werkfit (groep) \\ Eindhoven (02-02-2026 t/m 29-05-2026)');
    expect(text).toContain('Re-integratiebedrijf 02-02-2026 29-05-2026');
    expect(text).toContain('Eerste sollicitatie (café of ijssalon)');
    expect(text).toMatch(/Gemeente Nog niet ondertekend\. Cliënt Nog niet ondertekend\./);
  });

  it('signed by both: no concept mark, signatures with names, Amsterdam time and the content hash', async () => {
    const { versionId } = await draftPolis(km, portalClientId);
    expect((await me.post(`/api/v1/portal/polis-versions/${versionId}/sign`, {})).statusCode).toBe(200);
    const signed = await km.post(`/api/v1/polis-versions/${versionId}/sign`, {});
    expect(signed.statusCode).toBe(200);
    const v = signed.json().versions[0];
    expect(v.status).toBe('signed');

    const res = await km.get(`/api/v1/polis-versions/${versionId}/pdf`);
    expect(res.headers['content-disposition']).toBe('attachment; filename="polis-versie-1.pdf"');
    const { body, parsed, text } = pdfOf(res);
    // The hash is in the file as it is (uncompressed streams), and in the text.
    expect(body.toString('latin1')).toContain(v.contentHash);
    expect(text).toContain(`Inhoudshash (SHA-256): ${v.contentHash}`);
    expect(text).not.toContain('CONCEPT');
    expect(parsed.pages.every((p) => p.items.every((i) => i.text !== 'CONCEPT'))).toBe(true);
    expect(text).toContain('Versie 1 (ondertekend door beide partijen)');
    for (const s of v.signatures) {
      expect(text).toContain(`${s.signerName}, ondertekend op ${formatDateTimeNl(new Date(s.signedAt))} (Nederlandse tijd)`);
    }
    // The client downloads the same document in the portal.
    const mine = pdfOf(await me.get(`/api/v1/portal/polis-versions/${versionId}/pdf`));
    expect(mine.text).toContain(v.contentHash);
  });

  it('a long polis runs over several pages; every step and obligation is in it', async () => {
    const c = await newClient(km);
    const long = 'Deze stap beschrijft uitgebreid wat er van wie wordt verwacht, met wie er contact is en wat het resultaat moet zijn. ';
    const steps = Array.from({ length: 30 }, (_, i) => ({
      description: `Stap ${i + 1}: ${long.repeat(3)}`.trim(),
      responsible: (['client', 'municipality', 'provider'] as const)[i % 3],
      startDate: '2026-02-02',
      dueDate: '2026-12-18',
    }));
    const obligations = Array.from({ length: 20 }, (_, i) => `Afspraak ${i + 1}: ${long}`.trim());
    const { versionId } = await draftPolis(km, c.id, { steps, clientObligations: obligations, municipalityObligations: obligations });
    const { parsed, text } = pdfOf(await km.get(`/api/v1/polis-versions/${versionId}/pdf`));
    expect(parsed.pages.length).toBeGreaterThan(3);
    for (const [i, page] of parsed.pages.entries()) {
      expect(page.items.at(-1)!.text).toMatch(new RegExp(`pagina ${i + 1} van ${parsed.pages.length}$`));
      expect(page.items[0]!.text).toBe('CONCEPT');
    }
    for (let i = 1; i <= 30; i++) expect(text).toContain(`Stap ${i}: Deze stap`);
    for (let i = 1; i <= 20; i++) expect(text).toContain(`Afspraak ${i}: Deze stap`);
  });

  it('the PDF of a version that does not exist, or of another municipality, is a 404', async () => {
    const kmB = await world.agent('B', 'klantmanager');
    const { versionId } = await draftPolis(km, (await newClient(km)).id, polisInput());
    expect((await kmB.get(`/api/v1/polis-versions/${versionId}/pdf`)).statusCode).toBe(404);
    expect((await km.get('/api/v1/polis-versions/00000000-0000-4000-8000-000000000000/pdf')).statusCode).toBe(404);
  });
});
