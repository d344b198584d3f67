/**
 * A small seeded PRNG (mulberry32), so the same seed always generates the same population and
 * journeys: a benchmark run can be repeated and the verification test sees fixed data.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** An item drawn with the given weights (same length as items). */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** Log-normal with the given median and spread (sigma of the underlying normal). */
  logNormal(median: number, sigma: number): number;
  /** Exponential with the given mean. */
  exponential(mean: number): number;
}

/** Mixes integers into one 32-bit seed, so each user or guide gets an independent stream. */
export function seedOf(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x01000193);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
  }
  return h >>> 0;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (): number => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return {
    next,
    int: (n) => Math.floor(next() * n),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted: (items, weights) => {
      const total = weights.reduce((sum, w) => sum + w, 0);
      let r = next() * total;
      for (let i = 0; i < items.length; i++) {
        r -= weights[i]!;
        if (r < 0) return items[i]!;
      }
      return items[items.length - 1]!;
    },
    logNormal: (median, sigma) => median * Math.exp(sigma * normal()),
    exponential: (mean) => -mean * Math.log(1 - next()),
  };
}

const hex = (n: number, digits: number) => Math.floor(n).toString(16).padStart(digits, '0');

/** A UUIDv7 for `ms` whose random bits come from `random`: time-ordered like the SDK's, but repeatable. */
export function seededUuidv7(ms: number, random: Random): string {
  const time = hex(Math.max(0, ms), 12);
  const variant = hex(0x8000 | random.int(0x4000), 4);
  return `${time.slice(0, 8)}-${time.slice(8)}-7${hex(random.int(0x1000), 3)}-${variant}-${hex(random.int(0x1000000), 6)}${hex(random.int(0x1000000), 6)}`;
}
