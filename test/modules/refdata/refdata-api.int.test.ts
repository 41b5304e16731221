import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Agent, TestApp } from '../../harness.ts';
import { createWorld, type World } from '../../factories.ts';
import { createRefdataTestApp, FIXTURE_OCCUPATIONS } from './factories.ts';

describe('reference data API', () => {
  let t: TestApp;
  let world: World;
  let km: Agent;
  let werkgever: Agent;

  beforeAll(async () => {
    t = await createRefdataTestApp();
    world = await createWorld(t.services.database.db, t.app);
    km = await world.agent('A', 'klantmanager');
    werkgever = await world.agent('B', 'werkgever');
  });
  afterAll(async () => t?.close());

  const search = async (q: string, limit?: number) => {
    const res = await km.get(`/api/v1/occupations?q=${encodeURIComponent(q)}${limit ? `&limit=${limit}` : ''}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ uri: string; code: string; iscoCode: string; label: string; matchedLabel: string | null }[]>();
  };

  describe('occupation search as you type', () => {
    it('finds by the preferred label, preferred-label matches first, prefix before substring', async () => {
      const hits = await search('lasser');
      expect(hits[0]).toEqual({ uri: FIXTURE_OCCUPATIONS.lasser, code: '7212.3', iscoCode: '7212', label: 'lasser', matchedLabel: null });
      expect(hits.map((h) => h.label)).toEqual(['lasser', 'pijplasser']);
      const bakker = await search('bakker');
      expect(bakker.map((h) => [h.label, h.matchedLabel])).toEqual([
        ['bakker', null],
        ['bakkerijmedewerker', null],
      ]);
    });

    it('finds as you type, from the first letters', async () => {
      expect((await search('hef'))[0]!.label).toBe('heftruckchauffeur');
      expect((await search('heftr'))[0]!.label).toBe('heftruckchauffeur');
      expect((await search('o')).length).toBe(20);
    });

    it('finds by an alternative label and says which one matched', async () => {
      const hits = await search('vorkheftruck');
      expect(hits).toEqual([
        {
          uri: FIXTURE_OCCUPATIONS.heftruckchauffeur,
          code: '8344.1',
          iscoCode: '8344',
          label: 'heftruckchauffeur',
          // The alternative label that starts with the query wins over one where it starts a later word.
          matchedLabel: 'vorkheftruckbestuurder',
        },
      ]);
      expect((await search('chauffeur vorkh')).map((h) => h.matchedLabel)).toEqual(['chauffeur vorkheftruck']);
      const afwas = await search('afwas');
      expect(afwas.map((h) => [h.label, h.matchedLabel])).toEqual([['medewerker keuken', 'afwashulp']]);
    });

    it('ignores case and diacritics, in the query and in the labels', async () => {
      expect((await search('coordinator')).map((h) => h.label)).toEqual(['coördinator beveiliging']);
      expect((await search('COÖRDINATOR BEVEILIGING')).map((h) => h.label)).toEqual(['coördinator beveiliging']);
      expect((await search('caissiere')).map((h) => [h.label, h.matchedLabel])).toEqual([['kassamedewerker', 'caissière']]);
      expect((await search('Hulpcaissière')).map((h) => [h.label, h.matchedLabel])).toEqual([['kassamedewerker', 'hulpcaissière']]);
      expect((await search('maitre d')).map((h) => [h.label, h.matchedLabel])).toEqual([['ober/serveerster', "maître d'hôtel"]]);
    });

    it('needs every word in one label, in any order', async () => {
      expect((await search('chauffeur vracht')).map((h) => h.label)).toEqual(['vrachtwagenchauffeur']);
      expect((await search('gebouwen schoonmaker')).map((h) => h.label)).toEqual(['schoonmaker gebouwen']);
      expect(await search('lasser kok')).toEqual([]);
    });

    it('treats LIKE wildcards as plain characters and honours the limit', async () => {
      expect(await search('%')).toEqual([]);
      expect(await search('_')).toEqual([]);
      expect(await search('medewerker', 3)).toHaveLength(3);
    });

    it('rejects a missing query or a bad limit with a 400 naming the field', async () => {
      const noQ = await km.get('/api/v1/occupations');
      expect(noQ.statusCode).toBe(400);
      expect(noQ.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['q']);
      const badLimit = await km.get('/api/v1/occupations?q=kok&limit=500');
      expect(badLimit.statusCode).toBe(400);
      expect(badLimit.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['limit']);
    });

    it('is open to every signed-in user, not to anonymous callers', async () => {
      expect((await werkgever.get('/api/v1/occupations?q=kok')).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/occupations?q=kok' })).statusCode).toBe(401);
    });
  });

  it('gives one occupation with its ISCO groups at every level', async () => {
    const res = await werkgever.get(`/api/v1/occupations/by-uri?uri=${encodeURIComponent(FIXTURE_OCCUPATIONS.pijplasser)}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      uri: FIXTURE_OCCUPATIONS.pijplasser,
      code: '7212.3.3',
      iscoCode: '7212',
      label: 'pijplasser',
      altLabels: expect.arrayContaining(['pijpfitter']),
      unitGroup: { code: '7212', level: 4, label: 'Lassers en snijders' },
      minorGroup: { code: '721', level: 3, label: 'Plaat- en constructiewerkers, metaalgieters en lassers e.d.' },
      subMajorGroup: { code: '72', level: 2, label: 'Metaalarbeiders, machinemonteurs e.d.' },
      majorGroup: { code: '7', level: 1, label: 'Ambachtslieden' },
    });
    const unknown = await km.get(`/api/v1/occupations/by-uri?uri=${encodeURIComponent('http://data.europa.eu/esco/occupation/onbekend')}`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().detail).toBe('Dit beroep staat niet in de beroepenlijst (ESCO).');
  });

  it('gives an ISCO group by code; 404 for a malformed or unknown code', async () => {
    expect((await km.get('/api/v1/isco-groups/7212')).json()).toEqual({ code: '7212', level: 4, label: 'Lassers en snijders' });
    expect((await km.get('/api/v1/isco-groups/5')).json()).toMatchObject({ code: '5', level: 1 });
    // A path that cannot name a resource is "not found" (the foundation's rule for path parameters).
    expect((await km.get('/api/v1/isco-groups/72a')).statusCode).toBe(404);
    const unknown = await km.get('/api/v1/isco-groups/9999');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().detail).toBe('ISCO-groep 9999 bestaat niet.');
  });

  it('lists current municipalities with their labour-market region, filtered by name', async () => {
    const all = (await km.get('/api/v1/municipalities')).json();
    expect(all).toHaveLength(56);
    expect(all.find((m: { code: string }) => m.code === 'GM0772')).toEqual({
      code: 'GM0772',
      name: 'Eindhoven',
      regionCode: 'AM28',
      regionName: 'Zuidoost-Brabant',
      provinceName: 'Noord-Brabant',
    });
    const eind = (await km.get('/api/v1/municipalities?q=eind')).json();
    expect(eind.map((m: { name: string }) => m.name)).toEqual(['Eindhoven']);
    const hertog = (await km.get('/api/v1/municipalities?q=HERTOGENBOSCH')).json();
    expect(hertog.map((m: { code: string; regionCode: string }) => [m.code, m.regionCode])).toEqual([['GM0796', 'AM27']]);
    const berg = (await km.get('/api/v1/municipalities?q=berg')).json().map((m: { name: string }) => m.name);
    // Names that start with the query first, then the others; alphabetical within each.
    expect(berg).toEqual(['Bergeijk', 'Bergen op Zoom', 'Geertruidenberg', 'Halderberge', 'Steenbergen']);
  });

  it('gives a PC4 area with its centroid; 404 for a malformed or unknown PC4', async () => {
    const res = await km.get('/api/v1/postcode-areas/5611');
    expect(res.json()).toEqual({ pc4: '5611', lat: 51.43691, lon: 5.480813, place: 'Eindhoven', municipalityName: 'Eindhoven' });
    expect((await km.get('/api/v1/postcode-areas/0611')).statusCode).toBe(404);
    const unknown = await km.get('/api/v1/postcode-areas/1011');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().detail).toBe('Postcodegebied 1011 is onbekend.');
  });

  it('the application role may read reference data but not change it', async () => {
    const failure = async (query: ReturnType<typeof sql>) => {
      try {
        await t.services.database.db.execute(query);
      } catch (err) {
        return String((err as { cause?: Error }).cause?.message ?? err);
      }
      return 'succeeded';
    };
    expect(await failure(sql`UPDATE occupations SET label_nl = 'x'`)).toMatch(/permission denied/);
    expect(await failure(sql`INSERT INTO postcode_areas (pc4, lat, lon) VALUES ('9999', 52, 5)`)).toMatch(/permission denied/);
  });
});
