import { describe, expect, it } from 'vitest';
import { formatCents } from './labels.ts';

describe('euro amounts in the trajectory and assignment screens', () => {
  it('shows cents as Dutch euros', () => {
    expect(formatCents(125050).replace(/\s/g, ' ')).toBe('€ 1.250,50');
  });
});
