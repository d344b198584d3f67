/**
 * A deterministic random source, so the sample activity is the same on every machine and in
 * every test run: mulberry32, small and good enough for made-up data (never for secrets).
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** A whole number in [min, max]. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /**
   * A duration around `medianMs`, log-normally spread (people take seconds or minutes, rarely
   * in between evenly): `spread` 1 puts two thirds of values within ×/÷ 2.7 of the median.
   */
  duration(medianMs: number, spread: number): number;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const normal = () => {
    // Box-Muller; 1 - next() keeps the logarithm away from 0.
    const radius = Math.sqrt(-2 * Math.log(1 - next()));
    return radius * Math.cos(2 * Math.PI * next());
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick needs at least one item');
      return items[Math.floor(next() * items.length)]!;
    },
    duration: (medianMs, spread) => Math.max(200, Math.round(medianMs * Math.exp(spread * normal()))),
  };
}
