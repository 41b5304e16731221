import { describe, expect, it } from 'vitest';
import { readZip } from '../../platform/documents/zip-reader.testkit.ts';
import { UTF8_BOM } from '../../platform/documents/csv.ts';
import type { TrajectoryReport } from './reports.api.ts';
import { exportFilename, reportCsv, reportXlsx } from './reports.export.ts';
import {
  EMPTY_FIGURES,
  figures,
  groupLabel,
  OWN_ORGANISATION_LABEL,
  percentClosedWithWork,
  periodProblem,
  roundedRatio,
  sortGroups,
  sumFigures,
  type RawFigures,
} from './reports.rules.ts';

describe('report figures', () => {
  it('rounds ratios half away from zero in integer arithmetic, null when dividing by zero', () => {
    expect(roundedRatio(10, 4)).toBe(3); // 2.5 → 3
    expect(roundedRatio(9, 4)).toBe(2); // 2.25 → 2
    expect(roundedRatio(-10, 4)).toBe(-3); // -2.5 → -3
    expect(roundedRatio(1005, 1000, 2)).toBe(1.01); // 1.005 → 1.01 (floating point would give 1.00)
    expect(roundedRatio(-1, 100, 1)).toBe(0); // no -0
    expect(Object.is(roundedRatio(-1, 100, 1), -0)).toBe(false);
    expect(roundedRatio(5, 0)).toBeNull();
    expect(roundedRatio(0, 0, 1)).toBeNull();
  });

  it('percentage of closed trajectories with work, one decimal: Eindhoven 14 of 26 = 53.8', () => {
    expect(percentClosedWithWork(14, 26)).toBe(53.8);
    expect(percentClosedWithWork(5, 9)).toBe(55.6);
    expect(percentClosedWithWork(1, 3)).toBe(33.3);
    expect(percentClosedWithWork(2, 3)).toBe(66.7);
    expect(percentClosedWithWork(1, 8)).toBe(12.5);
    expect(percentClosedWithWork(0, 4)).toBe(0);
    expect(percentClosedWithWork(0, 0)).toBeNull();
  });

  it('averages in whole cents over started trajectories, cost per placement over those closed with work', () => {
    const raw: RawFigures = {
      ...EMPTY_FIGURES,
      started: 3,
      running: 1,
      closed: 2,
      closedWithWork: 1,
      droppedOut: 1,
      spendCents: 1000_01,
      rungChangeSum: 3,
      rungChangeCount: 2,
    };
    const f = figures(raw);
    expect(f.averageSpendCents).toBe(333_34); // 100001 / 3 = 33333.67 → 33334
    expect(f.costPerPlacementCents).toBe(1000_01);
    expect(f.percentClosedWithWork).toBe(50);
    expect(f.averageRungChange).toBe(1.5);
    expect(Number.isInteger(f.averageSpendCents)).toBe(true);
  });

  it('gives null, not 0 or NaN, for figures that cannot be computed', () => {
    const f = figures(EMPTY_FIGURES);
    expect(f).toEqual({
      started: 0,
      running: 0,
      closed: 0,
      closedWithWork: 0,
      droppedOut: 0,
      percentClosedWithWork: null,
      averageSpendCents: null,
      costPerPlacementCents: null,
      averageRungChange: null,
    });
    // Started but nothing closed with work: spend known, cost per placement not.
    const g = figures({ ...EMPTY_FIGURES, started: 2, running: 2, spendCents: 500 });
    expect(g.averageSpendCents).toBe(250);
    expect(g.costPerPlacementCents).toBeNull();
    expect(g.percentClosedWithWork).toBeNull();
  });

  it('a negative average rung change stays negative', () => {
    expect(figures({ ...EMPTY_FIGURES, closed: 3, rungChangeSum: -2, rungChangeCount: 3 }).averageRungChange).toBe(-0.7);
  });

  it('the total adds up the counts and sums, and computes its ratios from them (no average of averages)', () => {
    const a: RawFigures = {
      ...EMPTY_FIGURES,
      started: 57,
      running: 31,
      closed: 26,
      closedWithWork: 14,
      droppedOut: 3,
      spendCents: 57 * 400_000,
    };
    const b: RawFigures = {
      ...EMPTY_FIGURES,
      started: 21,
      running: 12,
      closed: 9,
      closedWithWork: 5,
      droppedOut: 4,
      spendCents: 21 * 100_000,
    };
    const total = sumFigures([a, b]);
    expect(total).toMatchObject({ started: 78, running: 43, closed: 35, closedWithWork: 19, droppedOut: 7, spendCents: 24_900_000 });
    expect(figures(total).percentClosedWithWork).toBe(54.3); // 19/35, not the mean of 53.8 and 55.6
    expect(figures(total).averageSpendCents).toBe(319_231); // 24,900,000 / 78 = 319230.77
    expect(sumFigures([])).toEqual(EMPTY_FIGURES);
  });
});

describe('report rows', () => {
  it('labels trajectories without a provider as the own organisation, and foreign instruments with their owner', () => {
    expect(groupLabel('provider', { key: null, name: null, ownerId: null, ownerName: null }, 'org-a')).toBe(OWN_ORGANISATION_LABEL);
    expect(groupLabel('provider', { key: 'org-r', name: 'Stapvoort', ownerId: null, ownerName: null }, 'org-a')).toBe('Stapvoort');
    expect(groupLabel('instrument', { key: 'i1', name: 'Jobcoaching', ownerId: 'org-a', ownerName: 'Gemeente Eindhoven' }, 'org-a')).toBe(
      'Jobcoaching',
    );
    expect(groupLabel('instrument', { key: 'i2', name: 'Jobcoaching', ownerId: 'org-b', ownerName: 'Gemeente Breda' }, 'org-r')).toBe(
      'Jobcoaching (Gemeente Breda)',
    );
    expect(groupLabel('programme', { key: 'p1', name: 'PRB Breda 2005', ownerId: null, ownerName: null }, 'org-a')).toBe('PRB Breda 2005');
  });

  it('sorts by label in Dutch order with numbers in order, the own organisation last', () => {
    const rows = sortGroups([
      { key: null, label: OWN_ORGANISATION_LABEL },
      { key: 'b', label: 'PRB Eindhoven 2006' },
      { key: 'a', label: 'PRB Breda 2005' },
      { key: 'c', label: 'Aanbieder 10' },
      { key: 'd', label: 'aanbieder 9' },
    ]);
    expect(rows.map((r) => r.label)).toEqual([
      'aanbieder 9',
      'Aanbieder 10',
      'PRB Breda 2005',
      'PRB Eindhoven 2006',
      OWN_ORGANISATION_LABEL,
    ]);
  });

  it('refuses a period that ends before it starts, naming "to"', () => {
    expect(periodProblem('2005-12-31', '2004-01-01')).toMatchObject({ name: 'to', code: 'before_from' });
    expect(periodProblem('2004-01-01', '2004-01-01')).toBeNull();
    expect(periodProblem(undefined, '2004-01-01')).toBeNull();
    expect(periodProblem('2004-01-01', undefined)).toBeNull();
  });
});

const REPORT: TrajectoryReport = {
  groupBy: 'programme',
  from: '2004-01-01',
  to: null,
  rows: [
    {
      key: '00000000-0000-4000-8000-000000000001',
      label: 'PRB Breda 2005',
      ...figures({ ...EMPTY_FIGURES, started: 21, running: 12, closed: 9, closedWithWork: 5, droppedOut: 4, spendCents: 2_100_000 }),
    },
    {
      key: '00000000-0000-4000-8000-000000000002',
      label: 'PRB Eindhoven 2004–2005',
      ...figures({
        ...EMPTY_FIGURES,
        started: 57,
        running: 31,
        closed: 26,
        closedWithWork: 14,
        droppedOut: 4,
        spendCents: 17_100_000,
        rungChangeSum: 13,
        rungChangeCount: 26,
      }),
    },
  ],
  total: {
    key: null,
    label: 'Totaal',
    ...figures({
      ...EMPTY_FIGURES,
      started: 78,
      running: 43,
      closed: 35,
      closedWithWork: 19,
      droppedOut: 8,
      spendCents: 19_200_000,
      rungChangeSum: 13,
      rungChangeCount: 26,
    }),
  },
};

describe('report export', () => {
  it('CSV: BOM, Dutch headers, decimal comma, euros with two decimals, empty for null, total last', () => {
    const csv = reportCsv(REPORT);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Programma;Toegelaten;Lopend;Afgesloten;Afgesloten met werk;Uitgevallen;% afgesloten met werk;Gemiddelde besteding (€);Kosten per plaatsing (€);Gemiddelde verandering trede',
    );
    expect(lines[1]).toBe('PRB Breda 2005;21;12;9;5;4;55,6;1000,00;4200,00;');
    expect(lines[2]).toBe('PRB Eindhoven 2004–2005;57;31;26;14;4;53,8;3000,00;12214,29;0,5');
    expect(lines[3]).toBe('Totaal;78;43;35;19;8;54,3;2461,54;10105,26;0,5');
    expect(lines[4]).toBe('');
    expect(lines).toHaveLength(5);
  });

  it('XLSX: the sheet holds the same figures as numbers, amounts in euros, the total in bold', () => {
    const sheet = readZip(reportXlsx(REPORT))
      .find((e) => e.name === 'xl/worksheets/sheet1.xml')!
      .data.toString('utf8');
    expect(sheet).toContain('<t xml:space="preserve">Toegelaten</t>');
    expect(sheet).toContain('<t xml:space="preserve">PRB Eindhoven 2004–2005</t>');
    expect(sheet).toContain('<c r="B3" s="6"><v>57</v></c>');
    expect(sheet).toContain('<c r="G3" s="4"><v>53.8</v></c>');
    expect(sheet).toContain('<c r="H3" s="2"><v>3000</v></c>');
    expect(sheet).toContain('<c r="I3" s="2"><v>12214.29</v></c>');
    expect(sheet).toContain('<c r="A4" t="inlineStr" s="1"><is><t xml:space="preserve">Totaal</t></is></c>');
    expect(sheet).toContain('<c r="B4" s="7"><v>78</v></c>');
    expect(sheet).not.toContain('<c r="J2"'); // no rung change known for Breda: the cell is left out
  });

  it('names the file after the grouping and the period', () => {
    expect(exportFilename(REPORT, 'csv')).toBe('trajectresultaten-per-programma-van-2004-01-01.csv');
    expect(exportFilename({ groupBy: 'provider', from: '2005-01-01', to: '2005-12-31' }, 'xlsx')).toBe(
      'trajectresultaten-per-aanbieder-van-2005-01-01-tot-2005-12-31.xlsx',
    );
    expect(exportFilename({ groupBy: 'instrument', from: null, to: null }, 'csv')).toBe('trajectresultaten-per-instrument.csv');
  });
});
