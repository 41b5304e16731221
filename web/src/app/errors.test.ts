import { describe, expect, it } from 'vitest';
import { safeRedirect } from './errors.ts';

describe('safeRedirect', () => {
  it('allows same-origin paths only', () => {
    expect(safeRedirect('/clienten?page=2')).toBe('/clienten?page=2');
    expect(safeRedirect('https://evil.example/')).toBe('/');
    expect(safeRedirect('//evil.example/')).toBe('/');
    expect(safeRedirect('/\\evil.example')).toBe('/');
    expect(safeRedirect('/inloggen')).toBe('/');
    expect(safeRedirect(undefined)).toBe('/');
  });
});
