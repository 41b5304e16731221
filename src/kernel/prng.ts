/**
 * A small seeded pseudo-random number generator for demo and test data (mulberry32), with helpers.
 * Deterministic: the same seed always yields the same sequence. Not for anything security-related.
 */

/** 32-bit FNV-1a hash of a string; used to derive independent streams from labels. */
export function hashString(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface Prng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** One value from [value, weight] pairs; weights are non-negative and not all zero. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** A shuffled copy (Fisher–Yates); the input is not changed. */
  shuffle<T>(items: readonly T[]): T[];
  /** An independent generator derived from this one's seed and a label (does not advance this one). */
  fork(label: string): Prng;
}

/** mulberry32: one 32-bit state word; good enough statistical quality for fixtures. */
export function createPrng(seed: number): Prng {
  const initial = seed >>> 0;
  let state = initial;

  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const int = (min: number, max: number): number => {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new RangeError(`int(${min}, ${max}): need integers with min <= max`);
    }
    return min + Math.floor(next() * (max - min + 1));
  };

  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick() from an empty array');
    return items[Math.floor(next() * items.length)] as T;
  };

  const weighted = <T>(items: readonly (readonly [T, number])[]): T => {
    let total = 0;
    for (const [, w] of items) {
      if (!(w >= 0)) throw new RangeError('weighted(): weights must be non-negative');
      total += w;
    }
    if (total <= 0) throw new RangeError('weighted(): total weight must be positive');
    let r = next() * total;
    for (const [value, w] of items) {
      if (r < w) return value;
      r -= w;
    }
    // Floating-point remainder: fall back to the last item with a positive weight.
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i]!;
      if (item[1] > 0) return item[0];
    }
    throw new RangeError('weighted(): unreachable');
  };

  const chance = (p: number): boolean => next() < p;

  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  };

  const fork = (label: string): Prng => createPrng((Math.imul(initial ^ 0x9e3779b9, 0x85ebca6b) ^ hashString(label)) >>> 0);

  return { next, int, pick, weighted, chance, shuffle, fork };
}
