import { doublePrecision, index, integer, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * Official reference data, imported from the published files (`werkplein import …`), never embedded.
 * Not personal data and the same for every organisation: no row-level security; the app role may only read.
 */

/** ISCO-08 groups at every level: 1 major (1 digit), 2 sub-major, 3 minor, 4 unit group. */
export const iscoGroups = pgTable('isco_groups', {
  code: text('code').primaryKey(),
  level: integer('level').notNull(),
  labelNl: text('label_nl').notNull(),
});

/** ESCO occupations with their ISCO-08 unit group and Dutch labels. */
export const occupations = pgTable(
  'occupations',
  {
    /** The ESCO concept URI, the stable key. */
    uri: text('uri').primaryKey(),
    /** ESCO occupation code, e.g. 2654.1.7. */
    code: text('code').notNull(),
    iscoCode: text('isco_code').notNull(),
    labelNl: text('label_nl').notNull(),
    altLabelsNl: text('alt_labels_nl').array().notNull(),
    /** Lower-case preferred and alternative labels, for search as you type. */
    searchText: text('search_text').notNull(),
  },
  (t) => [index('occupations_isco_idx').on(t.iscoCode)],
);

/** CBS municipalities with labour-market region (arbeidsmarktregio) and province. */
export const municipalities = pgTable('municipalities', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  year: integer('year').notNull(),
  regionCode: text('region_code'),
  regionName: text('region_name'),
  provinceCode: text('province_code'),
  provinceName: text('province_name'),
});

/** PC4 areas with their centroid, for travel distance. */
export const postcodeAreas = pgTable('postcode_areas', {
  pc4: text('pc4').primaryKey(),
  lat: doublePrecision('lat').notNull(),
  lon: doublePrecision('lon').notNull(),
  place: text('place'),
  municipalityName: text('municipality_name'),
});
