import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  canonicalContent,
  canonicalJson,
  contentHash,
  formatDateNl,
  formatDateTimeNl,
  fullySigned,
  type PolisContent,
} from './polis.rules.ts';

const content: PolisContent = {
  municipalityObligations: ['De gemeente betaalt de training.'],
  clientObligations: ['Ik kom op tijd.', 'Ik meld me ziek vóór 9 uur.'],
  goalRung: 4,
  steps: [
    { description: 'Sollicitatietraining', trajectoryId: null, responsible: 'client', startDate: '2026-02-01', dueDate: '2026-03-01' },
    {
      description: 'Vrijwilligerswerk zoeken',
      trajectoryId: '7f0c1d52-3c61-4f4b-9d59-2a1f1e0c9a11',
      responsible: 'municipality',
      startDate: '2026-03-01',
      dueDate: '2026-04-01',
    },
  ],
};

describe('canonical JSON', () => {
  it('sorts keys at every level, keeps array order, and has no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 'x', c: null }, 2], é: true })).toBe('{"a":[{"c":null,"d":"x"},2],"b":1,"é":true}');
  });

  it('does not depend on the order keys were added in', () => {
    expect(canonicalJson({ x: 1, y: { q: 2, p: 3 } })).toBe(canonicalJson({ y: { p: 3, q: 2 }, x: 1 }));
  });

  it('refuses values JSON cannot carry faithfully', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow();
    expect(() => canonicalJson(() => 1)).toThrow();
  });
});

describe('content hash', () => {
  it('is the SHA-256 of the canonical content: obligations, goal rung and steps', () => {
    const text = canonicalContent(content);
    expect(text).toBe(
      '{"clientObligations":["Ik kom op tijd.","Ik meld me ziek vóór 9 uur."],"goalRung":4,"municipalityObligations":["De gemeente betaalt de training."],' +
        '"steps":[{"description":"Sollicitatietraining","dueDate":"2026-03-01","responsible":"client","startDate":"2026-02-01","trajectoryId":null},' +
        '{"description":"Vrijwilligerswerk zoeken","dueDate":"2026-04-01","responsible":"municipality","startDate":"2026-03-01","trajectoryId":"7f0c1d52-3c61-4f4b-9d59-2a1f1e0c9a11"}]}',
    );
    expect(contentHash(content)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    expect(contentHash(content)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores fields a signature does not cover (ids, positions, change note)', () => {
    const withExtras = { ...content, changeNote: 'anders', steps: content.steps.map((s, i) => ({ ...s, id: `id-${i}`, position: i + 1 })) };
    expect(contentHash(withExtras)).toBe(contentHash(content));
  });

  it('changes with any signed detail: an obligation, the rung, a date, the order of steps', () => {
    const base = contentHash(content);
    expect(contentHash({ ...content, clientObligations: ['Ik kom op tijd.'] })).not.toBe(base);
    expect(contentHash({ ...content, goalRung: 5 })).not.toBe(base);
    expect(contentHash({ ...content, steps: [{ ...content.steps[0]!, dueDate: '2026-03-02' }, content.steps[1]!] })).not.toBe(base);
    expect(contentHash({ ...content, steps: [...content.steps].reverse() })).not.toBe(base);
    // Moving text between the two lists is a different contract.
    expect(
      contentHash({ ...content, municipalityObligations: content.clientObligations, clientObligations: content.municipalityObligations }),
    ).not.toBe(base);
  });
});

describe('signing and formatting', () => {
  it('a version is signed when both parties signed, in any order', () => {
    expect(fullySigned([])).toBe(false);
    expect(fullySigned(['client'])).toBe(false);
    expect(fullySigned(['municipality'])).toBe(false);
    expect(fullySigned(['client', 'municipality'])).toBe(true);
    expect(fullySigned(['municipality', 'client'])).toBe(true);
  });

  it('writes dates the Dutch way, and moments in Amsterdam time (winter and summer time)', () => {
    expect(formatDateNl('2026-02-01')).toBe('01-02-2026');
    expect(formatDateTimeNl(new Date('2026-01-15T09:30:00Z'))).toBe('15-01-2026 10:30');
    expect(formatDateTimeNl(new Date('2026-07-15T09:30:00Z'))).toBe('15-07-2026 11:30');
    expect(formatDateTimeNl(new Date('2026-12-31T23:30:00Z'))).toBe('01-01-2027 00:30');
  });
});
