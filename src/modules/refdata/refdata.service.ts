import type { z } from 'zod';
import { AppError } from '../../kernel/errors.ts';
import type { Db } from '../../platform/db/database.ts';
import type { IscoGroup, Municipality, Occupation, OccupationDetail, PostcodeArea } from './refdata.api.ts';
import * as repo from './refdata.repo.ts';
import { iscoLineage, matchesMunicipality, rankMunicipalities, searchKey, searchTokens } from './refdata.rules.ts';

type Out<T extends z.ZodType> = z.input<T>;

/**
 * Read access to the official reference data. Not personal data and the same for every organisation,
 * so no tenant context and no audit line per lookup (the occupation picker searches on every keystroke).
 */
export class RefdataService {
  constructor(private readonly db: Db) {}

  async searchOccupations(query: { q: string; limit: number }): Promise<Out<typeof Occupation>[]> {
    const tokens = searchTokens(query.q);
    if (tokens.length === 0) return [];
    return repo.searchOccupations(this.db, { phrase: searchKey(query.q), tokens, limit: query.limit });
  }

  async occupation(uri: string): Promise<Out<typeof OccupationDetail>> {
    const o = await repo.findOccupation(this.db, uri);
    if (!o) throw AppError.notFound('Dit beroep staat niet in de beroepenlijst (ESCO).');
    const groups = new Map((await repo.findIscoGroups(this.db, iscoLineage(o.iscoCode))).map((g) => [g.code, toIscoGroup(g)]));
    return {
      uri: o.uri,
      code: o.code,
      iscoCode: o.iscoCode,
      label: o.labelNl,
      altLabels: o.altLabelsNl,
      unitGroup: groups.get(o.iscoCode.slice(0, 4)) ?? null,
      minorGroup: groups.get(o.iscoCode.slice(0, 3)) ?? null,
      subMajorGroup: groups.get(o.iscoCode.slice(0, 2)) ?? null,
      majorGroup: groups.get(o.iscoCode.slice(0, 1)) ?? null,
    };
  }

  async iscoGroup(code: string): Promise<Out<typeof IscoGroup>> {
    const [g] = await repo.findIscoGroups(this.db, [code]);
    if (!g) throw AppError.notFound(`ISCO-groep ${code} bestaat niet.`);
    return toIscoGroup(g);
  }

  async municipalities(q: string | undefined): Promise<Out<typeof Municipality>[]> {
    const rows = (await repo.currentMunicipalities(this.db)).filter((m) => matchesMunicipality(m, q ?? ''));
    return rankMunicipalities(rows, q ?? '').map((m) => ({
      code: m.code,
      name: m.name,
      regionCode: m.regionCode,
      regionName: m.regionName,
      provinceName: m.provinceName,
    }));
  }

  async postcodeArea(pc4: string): Promise<Out<typeof PostcodeArea>> {
    const a = await repo.findPostcodeArea(this.db, pc4);
    if (!a) throw AppError.notFound(`Postcodegebied ${pc4} is onbekend.`);
    return { pc4: a.pc4, lat: a.lat, lon: a.lon, place: a.place, municipalityName: a.municipalityName };
  }
}

function toIscoGroup(g: { code: string; level: number; labelNl: string }): Out<typeof IscoGroup> {
  return { code: g.code, level: g.level, label: g.labelNl };
}
