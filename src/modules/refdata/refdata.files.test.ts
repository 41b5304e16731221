import { describe, expect, it } from 'vitest';
import {
  detectPostcodeFormat,
  formatProblem,
  ImportRejected,
  MAX_PROBLEMS,
  parseDecimal,
  parseIscoGroups,
  parseMunicipalities,
  parseOccupations,
  parsePostcodes,
  splitAltLabels,
} from './refdata.files.ts';

const ISCO_HEADER = 'conceptType,conceptUri,code,preferredLabel,status,altLabels,inScheme,description';
const isco = (code: string, label: string) =>
  `ISCOGroup,http://data.europa.eu/esco/isco/C${code},${code},${label},released,,"http://data.europa.eu/esco/concept-scheme/isco,\nhttp://data.europa.eu/esco/concept-scheme/occupations",`;
const ISCO_TEXT = [
  ISCO_HEADER,
  isco('7', 'Ambachtslieden'),
  isco('72', 'Metaalarbeiders'),
  isco('721', 'Lassers e.d.'),
  isco('7212', 'Lassers en snijders'),
].join('\n');

const OCC_HEADER =
  'conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,regulatedProfessionNote,scopeNote,definition,inScheme,description,code';
const occ = (o: { uri?: string; isco?: string; label?: string; alt?: string; code?: string }) =>
  `Occupation,${o.uri ?? 'http://data.europa.eu/esco/occupation/1'},${o.isco ?? '7212'},${o.label ?? 'lasser'},"${o.alt ?? 'lasster\ngaslasser'}",,released,2024-01-25T09:36:33.922Z,,,,"a,\nb","Lassers lassen.",${o.code ?? '7212.3'}`;

function rejected(fn: () => unknown): ImportRejected {
  try {
    fn();
  } catch (err) {
    if (err instanceof ImportRejected) return err;
    throw err;
  }
  throw new Error('expected ImportRejected');
}

describe('ESCO ISCO groups', () => {
  it('reads codes at all four levels with their level and Dutch label', () => {
    const p = parseIscoGroups(ISCO_TEXT);
    expect(p.rows).toEqual([
      { code: '7', level: 1, labelNl: 'Ambachtslieden' },
      { code: '72', level: 2, labelNl: 'Metaalarbeiders' },
      { code: '721', level: 3, labelNl: 'Lassers e.d.' },
      { code: '7212', level: 4, labelNl: 'Lassers en snijders' },
    ]);
    expect(p.read).toBe(4);
  });

  it('rejects a bad code, a duplicate and a group without its parent, with line numbers', () => {
    const text = [ISCO_HEADER, isco('7', 'A'), isco('7x', 'B'), isco('7', 'C'), isco('7311', 'D')].join('\n');
    const err = rejected(() => parseIscoGroups(text));
    // Records span two lines each (inScheme holds a line break): line 1 header, 2-3, 4-5, 6-7, 8-9.
    expect(err.problems).toEqual([
      { file: 'ISCOGroups_nl.csv', line: 4, reason: "ongeldige ISCO-code '7x': verwacht 1 tot 4 cijfers" },
      { file: 'ISCOGroups_nl.csv', line: 6, reason: 'ISCO-code 7 komt twee keer voor (ook op regel 2)' },
      { file: 'ISCOGroups_nl.csv', line: 8, reason: 'ISCO-groep 7311 heeft geen bovenliggende groep 731 in het bestand' },
    ]);
  });
});

describe('ESCO occupations', () => {
  const codes = new Set(['7', '72', '721', '7212']);

  it('reads an occupation with its alternative labels (one per line) and search text', () => {
    const p = parseOccupations(
      [OCC_HEADER, occ({ label: 'Coördinator', alt: ' lasster \n\nLASSTER\ngaslasser\nCoördinator' })].join('\n'),
      codes,
    );
    expect(p.rows).toEqual([
      {
        uri: 'http://data.europa.eu/esco/occupation/1',
        code: '7212.3',
        iscoCode: '7212',
        labelNl: 'Coördinator',
        altLabelsNl: ['lasster', 'LASSTER', 'gaslasser'],
        searchText: 'coordinator\nlasster\nlasster\ngaslasser',
      },
    ]);
  });

  it('rejects a wrong header naming the missing column', () => {
    const err = rejected(() => parseOccupations(OCC_HEADER.replace('iscoGroup', 'isco') + '\n' + occ({}), codes));
    expect(err.problems).toHaveLength(1);
    expect(err.problems[0]).toMatchObject({ line: 1 });
    expect(err.problems[0]!.reason).toMatch(/^onjuiste kopregel: kolom 'iscoGroup' ontbreekt/);
  });

  it('rejects a bad or unknown ISCO code, a bad ESCO code and a duplicate URI, on the record line', () => {
    const text = [
      OCC_HEADER,
      occ({ uri: 'http://x/1' }),
      occ({ uri: 'http://x/2', isco: '72A2' }),
      occ({ uri: 'http://x/3', isco: '9999', code: '9999.1' }),
      occ({ uri: 'http://x/4', code: '7213.1' }),
      occ({ uri: 'http://x/1' }),
      occ({ uri: 'geen-uri' }),
    ].join('\n');
    const err = rejected(() => parseOccupations(text, codes));
    // Each record spans 3 lines (altLabels and inScheme hold a line break): records start at 2, 5, 8, 11, 14, 17.
    expect(err.problems.map((p) => [p.line, p.reason])).toEqual([
      [5, "ongeldige ISCO-code '72A2' in iscoGroup: verwacht 4 cijfers (een beroepsgroep)"],
      [8, 'ISCO-code 9999 staat niet in ISCOGroups_nl.csv'],
      [11, "ongeldige ESCO-code '7213.1': verwacht de ISCO-code 7212 gevolgd door .nummers, bijvoorbeeld 7212.1"],
      [14, 'conceptUri komt twee keer voor (ook op regel 2)'],
      [17, "conceptUri 'geen-uri' is geen URI"],
    ]);
  });

  it('rejects a record with the wrong number of fields', () => {
    const err = rejected(() => parseOccupations([OCC_HEADER, occ({}), 'Occupation,http://x/2,7212,kort'].join('\n'), codes));
    expect(err.problems).toEqual([{ file: 'occupations_nl.csv', line: 5, reason: '4 velden in plaats van 14 (zoals de kopregel)' }]);
  });

  it('rejects an unterminated quote with the line where it opens', () => {
    const err = rejected(() =>
      parseOccupations([OCC_HEADER, occ({}), 'Occupation,http://x/2,7212,lasser,"lasster', 'gaslasser,,released'].join('\n'), codes),
    );
    expect(err.problems[0]).toMatchObject({ line: 5 });
    expect(err.problems[0]!.reason).toMatch(/niet afgesloten/);
  });

  it(`stops after ${MAX_PROBLEMS} problems`, () => {
    const lines = [OCC_HEADER, ...Array.from({ length: 50 }, (_, i) => occ({ uri: `http://x/${i}`, isco: 'abcd' }))];
    expect(rejected(() => parseOccupations(lines.join('\n'), codes)).problems).toHaveLength(MAX_PROBLEMS);
  });
});

describe('CBS municipalities', () => {
  const HEADER = 'name,code,year,corop_code,corop,region_code,region,province_code,province';
  it('reads rows, keeps the newest name per code and reports the older one as skipped', () => {
    const p = parseMunicipalities(
      [
        HEADER,
        'Beek,GM0888,2023,CR41,Zuid-Limburg,AM35,Zuid-Limburg,PV31,Limburg',
        'Beek (L.),GM0888,2026,CR41,Zuid-Limburg,AM35,Zuid-Limburg,PV31,Limburg',
        'Aalburg,GM0738,2010,CR34,Midden-Noord-Brabant,,,PV30,Noord-Brabant',
      ].join('\n'),
    );
    expect(p.rows).toEqual([
      {
        code: 'GM0888',
        name: 'Beek (L.)',
        year: 2026,
        regionCode: 'AM35',
        regionName: 'Zuid-Limburg',
        provinceCode: 'PV31',
        provinceName: 'Limburg',
      },
      {
        code: 'GM0738',
        name: 'Aalburg',
        year: 2010,
        regionCode: null,
        regionName: null,
        provinceCode: 'PV30',
        provinceName: 'Noord-Brabant',
      },
    ]);
    expect(p.skipped).toEqual([{ line: 2, reason: "oudere naam 'Beek' (2023) van GM0888; de nieuwste naam 'Beek (L.)' blijft" }]);
  });

  it('rejects a bad code, year and region code with Dutch reasons', () => {
    const err = rejected(() =>
      parseMunicipalities(
        [HEADER, 'X,0772,2026,,,AM28,Z,PV30,NB', 'Y,GM0001,twintig,,,AM28,Z,PV30,NB', 'Z,GM0002,2026,,,28,Z,PV30,NB'].join('\n'),
        'gemeenten.csv',
      ),
    );
    expect(err.problems.map(formatProblem)).toEqual([
      "gemeenten.csv, regel 2: ongeldige gemeentecode '0772': verwacht GM en 4 cijfers, bijvoorbeeld GM0772",
      "gemeenten.csv, regel 3: ongeldig jaar 'twintig': verwacht een jaartal, bijvoorbeeld 2026",
      "gemeenten.csv, regel 4: ongeldige arbeidsmarktregiocode '28': verwacht AM en 2 cijfers, bijvoorbeeld AM28",
    ]);
  });
});

describe('PC4 centroids', () => {
  it('recognises both formats by their header', () => {
    expect(detectPostcodeFormat(['pc4', 'lat', 'lon', 'rd_x', 'plaats', 'gemeente'])).toBe('cbs');
    expect(detectPostcodeFormat(['id', 'postcode', 'woonplaats', 'gemeente', 'latitude', 'longitude'])).toBe('4pp');
    expect(detectPostcodeFormat(['postcode', 'x', 'y'])).toBeNull();
  });

  it('reads the CBS format and skips rows without coordinates', () => {
    const p = parsePostcodes(
      'pc4,lat,lon,rd_x,plaats,gemeente,note\n5611,51.437,5.478,1,Eindhoven,Eindhoven,\n1099,,,,,,no_geometry\n5212,51.69,5.30,2,,,\n',
    );
    expect(p.format).toBe('cbs');
    expect(p.rows).toEqual([
      { pc4: '5611', lat: 51.437, lon: 5.478, place: 'Eindhoven', municipalityName: 'Eindhoven' },
      { pc4: '5212', lat: 51.69, lon: 5.3, place: null, municipalityName: null },
    ]);
    expect(p.skipped).toEqual([{ line: 3, reason: 'PC4 1099 heeft geen coördinaten' }]);
  });

  it('reads the 4pp format, keeping one row per PC4', () => {
    const text = [
      'id,postcode,"woonplaats","alternatieve_schrijfwijzen","gemeente","provincie","netnummer",latitude,longitude,"soort"',
      '1,5611,"Eindhoven","","Eindhoven","Noord-Brabant","040",51.4370843,5.4802261,"Adres"',
      '2,5611,"Eindhoven","","Eindhoven","Noord-Brabant","040",51.5,5.5,"Postbus"',
      '3,5000,"Tilburg","","Tilburg","Noord-Brabant","013",,,"Postbus"',
    ].join('\r\n');
    const p = parsePostcodes(text);
    expect(p.format).toBe('4pp');
    expect(p.rows).toEqual([{ pc4: '5611', lat: 51.4370843, lon: 5.4802261, place: 'Eindhoven', municipalityName: 'Eindhoven' }]);
    expect(p.skipped.map((s) => s.line)).toEqual([3, 4]);
  });

  it('rejects coordinates that are not numbers or not in the Netherlands, a bad PC4 and an unknown header', () => {
    const err = rejected(() =>
      parsePostcodes(
        'pc4,lat,lon,plaats,gemeente\n5611,51.43a,5.47,E,E\n5612,51.4,vijf,E,E\n0123,51.4,5.4,E,E\n5613,5.47,51.43,E,E\n',
        'pc4.csv',
      ),
    );
    expect(err.problems.map(formatProblem)).toEqual([
      "pc4.csv, regel 2: breedtegraad '51.43a' is geen getal (gebruik een punt als decimaalteken, bijvoorbeeld 51.4416)",
      "pc4.csv, regel 3: lengtegraad 'vijf' is geen getal (gebruik een punt als decimaalteken, bijvoorbeeld 5.4697)",
      "pc4.csv, regel 4: ongeldige PC4 '0123': verwacht 4 cijfers, niet beginnend met 0",
      'pc4.csv, regel 5: coördinaten 5.47, 51.43 van PC4 5613 liggen niet in Nederland (zijn breedte- en lengtegraad verwisseld?)',
    ]);
    expect(rejected(() => parsePostcodes('postcode,plaats\n5611,Eindhoven\n')).problems[0]!.reason).toMatch(
      /^onjuiste kopregel: onbekend formaat/,
    );
  });
});

describe('helpers', () => {
  it('parses only plain decimals', () => {
    expect(parseDecimal('51.4416')).toBe(51.4416);
    expect(parseDecimal('-3')).toBe(-3);
    for (const bad of ['51,44', '1e3', '', ' 5', 'NaN', '5.']) expect(parseDecimal(bad)).toBeNull();
  });

  it('splits alternative labels on any line break', () => {
    expect(splitAltLabels('a\r\nb\rc\n\n a  b \nx\na', 'x')).toEqual(['a', 'b', 'c', 'a b']);
  });
});
