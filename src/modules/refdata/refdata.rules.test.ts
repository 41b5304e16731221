import { describe, expect, it } from 'vitest';
import {
  containsPattern,
  iscoLevel,
  iscoLineage,
  matchesMunicipality,
  occupationSearchText,
  rankMunicipalities,
  searchKey,
  searchTokens,
} from './refdata.rules.ts';

describe('search keys', () => {
  it('lower-cases, strips diacritics and collapses whitespace', () => {
    expect(searchKey('  Coördinator   Beveiliging ')).toBe('coordinator beveiliging');
    expect(searchKey('hulpcaissière')).toBe('hulpcaissiere');
    expect(searchKey('Maître d’hôtel')).toBe('maitre d’hotel');
    expect(searchKey('Straße Øresund Łódź')).toBe('strasse oresund lodz');
    expect(searchKey('CNC-OPERATOR')).toBe('cnc-operator');
    expect(searchKey('a\tb')).toBe('a b');
  });

  it('splits a query into at most 8 tokens', () => {
    expect(searchTokens('  Chauffeur,  VRACHT ')).toEqual(['chauffeur', 'vracht']);
    expect(searchTokens(' ,; ')).toEqual([]);
    expect(searchTokens('a b c d e f g h i j')).toHaveLength(8);
  });

  it('escapes LIKE wildcards', () => {
    expect(containsPattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });

  it('builds the search text of an occupation, one label per line', () => {
    expect(occupationSearchText('Kassamedewerker', ['hulpcaissière', 'Kassahulp'])).toBe('kassamedewerker\nhulpcaissiere\nkassahulp');
  });
});

describe('ISCO codes', () => {
  it('knows the level by length and the lineage of a unit group', () => {
    expect(['7', '72', '721', '7212'].map(iscoLevel)).toEqual([1, 2, 3, 4]);
    expect(iscoLineage('7212')).toEqual(['7212', '721', '72', '7']);
    expect(iscoLineage('0110')).toEqual(['0110', '011', '01', '0']);
  });
});

describe('municipality filter', () => {
  const rows = [
    { code: 'GM0796', name: "'s-Hertogenbosch" },
    { code: 'GM0772', name: 'Eindhoven' },
    { code: 'GM1900', name: 'Súdwest-Fryslân' },
    { code: 'GM0770', name: 'Eersel' },
    { code: 'GM0758', name: 'Breda' },
  ];
  it('matches on name without diacritics, or on the exact code', () => {
    expect(rows.filter((m) => matchesMunicipality(m, 'fryslan')).map((m) => m.code)).toEqual(['GM1900']);
    expect(rows.filter((m) => matchesMunicipality(m, 'gm0758')).map((m) => m.code)).toEqual(['GM0758']);
    expect(rows.filter((m) => matchesMunicipality(m, '')).length).toBe(5);
  });
  it("puts names that start with the query first, ignoring a leading 's-", () => {
    expect(rankMunicipalities(rows, 'e').map((m) => m.name)).toEqual([
      'Eersel',
      'Eindhoven',
      "'s-Hertogenbosch",
      'Breda',
      'Súdwest-Fryslân',
    ]);
    expect(rankMunicipalities(rows, 'hertog')[0]!.name).toBe("'s-Hertogenbosch");
  });
});
