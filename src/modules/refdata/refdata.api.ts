import { z } from 'zod';

/** Search as you type over the Dutch preferred and alternative labels. */
export const OccupationSearchQuery = z.strictObject({
  q: z.string().trim().min(1, { message: 'Vul een zoekterm in.' }).max(100),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const Occupation = z
  .object({
    /** ESCO concept URI, the stable key (vacancies and clients store it). */
    uri: z.string(),
    /** ESCO occupation code, e.g. 7212.3. */
    code: z.string(),
    /** ISCO-08 unit group (4 digits). */
    iscoCode: z.string(),
    /** Dutch preferred label. */
    label: z.string(),
    /** The alternative label that matched the search, or null when the preferred label matched. */
    matchedLabel: z.string().nullable(),
  })
  .meta({ id: 'Occupation' });

export const IscoGroup = z
  .object({
    code: z.string(),
    /** 1 major group, 2 sub-major, 3 minor, 4 unit group. */
    level: z.number().int().min(1).max(4),
    label: z.string(),
  })
  .meta({ id: 'IscoGroup' });

export const OccupationByUriQuery = z.strictObject({
  uri: z.string().trim().min(1, { message: 'Geef de URI van het beroep.' }).max(300),
});

export const OccupationDetail = z
  .object({
    uri: z.string(),
    code: z.string(),
    iscoCode: z.string(),
    label: z.string(),
    altLabels: z.array(z.string()),
    /** The ISCO-08 groups above the occupation; null when that group is missing from the imported data. */
    unitGroup: IscoGroup.nullable(),
    minorGroup: IscoGroup.nullable(),
    subMajorGroup: IscoGroup.nullable(),
    majorGroup: IscoGroup.nullable(),
  })
  .meta({ id: 'OccupationDetail' });

export const IscoCodeParams = z.strictObject({
  code: z.string().regex(/^\d{1,4}$/, { message: 'Een ISCO-code bestaat uit 1 tot 4 cijfers, bijvoorbeeld 7212.' }),
});

export const MunicipalityQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
});

export const Municipality = z
  .object({
    /** CBS code, e.g. GM0772. */
    code: z.string(),
    name: z.string(),
    /** Labour-market region (arbeidsmarktregio), e.g. AM28 Zuidoost-Brabant. */
    regionCode: z.string().nullable(),
    regionName: z.string().nullable(),
    provinceName: z.string().nullable(),
  })
  .meta({ id: 'Municipality' });

export const Pc4Params = z.strictObject({
  pc4: z.string().regex(/^[1-9]\d{3}$/, { message: 'Een PC4 bestaat uit de 4 cijfers van een postcode, bijvoorbeeld 5611.' }),
});

export const PostcodeArea = z
  .object({
    pc4: z.string(),
    /** Centroid (WGS84). */
    lat: z.number(),
    lon: z.number(),
    place: z.string().nullable(),
    municipalityName: z.string().nullable(),
  })
  .meta({ id: 'PostcodeArea' });
