import { describe, expect, it } from 'vitest';
import { stepPath, tickIndices, xPositions, yForRung } from './LadderChart.tsx';

describe('ladder chart geometry', () => {
  it('puts rung 6 at the top and rung 1 at the bottom', () => {
    expect(yForRung(6)).toBeLessThan(yForRung(1));
  });

  it('centres a single assessment and spreads dates by time', () => {
    const [only] = xPositions(['2026-01-01']);
    const [a, b, c] = xPositions(['2025-01-01', '2025-01-11', '2025-01-21']);
    expect(b! - a!).toBeCloseTo(c! - b!, 0);
    expect(only).toBeGreaterThan(a!);
    expect(only).toBeLessThan(c!);
  });

  it('draws a step line', () => {
    expect(
      stepPath([
        { x: 0, y: 10 },
        { x: 5, y: 20 },
      ]),
    ).toBe('M0.0,10.0 H5.0 V20.0');
  });

  it('labels dates without overlap and always the latest', () => {
    expect(tickIndices([0, 10, 20, 200, 210], 84)).toEqual([0, 4]);
    expect(tickIndices([0, 100, 200], 84)).toEqual([0, 1, 2]);
  });
});
