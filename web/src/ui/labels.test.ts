import { describe, expect, it } from 'vitest';
import { barStep } from './Bar.tsx';
import { codeLabel } from './labels.ts';

const t = (key: string) => (key === 'vacancyStatus.open' ? 'Open' : key);

describe('codeLabel', () => {
  it('translates a known code and falls back to the code itself for one the messages lack', () => {
    expect(codeLabel('vacancyStatus', 'open', { t })).toBe('Open');
    expect(codeLabel('vacancyStatus', 'archived', { t })).toBe('archived');
  });
});

describe('barStep', () => {
  it('rounds the fill to steps of 5% and keeps it within 0–100', () => {
    expect(barStep(1, 3)).toBe(35);
    expect(barStep(5, 4)).toBe(100);
    expect(barStep(0, 4)).toBe(0);
    expect(barStep(3, 0)).toBe(0);
  });
});
