import { describe, expect, it } from 'vitest';
import { isoToDateText, parseDateText } from './dateText.ts';

const iso = (text: string) => {
  const r = parseDateText(text);
  return r.ok ? r.iso : r.problem;
};

describe('dates typed as dd-mm-jjjj', () => {
  it('reads day, month and year in that order, whatever the browser locale', () => {
    expect(iso('15-01-2027')).toBe('2027-01-15');
    expect(iso('01-12-2026')).toBe('2026-12-01');
    expect(iso('5-1-2027')).toBe('2027-01-05');
    expect(iso('15/01/2027')).toBe('2027-01-15');
    expect(iso('15.01.2027')).toBe('2027-01-15');
    expect(iso(' 15-01-2027 ')).toBe('2027-01-15');
    expect(iso('15012027')).toBe('2027-01-15');
  });

  it('also reads an ISO date, as pasted from elsewhere', () => {
    expect(iso('2027-01-15')).toBe('2027-01-15');
    expect(iso('2027-02-30')).toBe('invalid');
  });

  it('knows the length of months and leap years', () => {
    expect(iso('29-02-2028')).toBe('2028-02-29');
    expect(iso('29-02-2000')).toBe('2000-02-29');
    expect(iso('29-02-2027')).toBe('invalid');
    expect(iso('29-02-1900')).toBe('invalid');
    expect(iso('31-04-2027')).toBe('invalid');
    expect(iso('30-04-2027')).toBe('2027-04-30');
    expect(iso('31-12-2027')).toBe('2027-12-31');
  });

  it('refuses what is not a date', () => {
    expect(iso('')).toBe('empty');
    expect(iso('  ')).toBe('empty');
    expect(iso('00-01-2027')).toBe('invalid');
    expect(iso('15-13-2027')).toBe('invalid');
    expect(iso('15-01-27')).toBe('invalid');
    expect(iso('15-01/2027')).toBe('invalid');
    expect(iso('01/15/2027')).toBe('invalid');
    expect(iso('morgen')).toBe('invalid');
  });

  it('shows an ISO date as dd-mm-jjjj', () => {
    expect(isoToDateText('2027-01-15')).toBe('15-01-2027');
    expect(isoToDateText('')).toBe('');
    expect(isoToDateText('15-01')).toBe('15-01');
  });
});
