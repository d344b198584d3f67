import type { Family } from './corpus/index.js';
import type { Verdict } from './page/bench-page.js';

/** How one locator did on one case. `error` is a throw or a failed capture, never counted as success. */
export type Outcome = 'found' | 'wrong' | 'missed' | 'correct-null' | 'error';

/** Both locators' results on one case. */
export interface CaseResult {
  id: string;
  family: Family;
  expectsNull: boolean;
  ours: Verdict;
  baseline: Verdict;
  /** Size of our stored target JSON, when capture worked. */
  targetBytes?: number;
}

/** Judges a verdict against what the case expects. */
export function classify(expectsNull: boolean, verdict: Verdict): Outcome {
  switch (verdict.kind) {
    case 'error':
      return 'error';
    case 'expected':
      return 'found';
    case 'other':
      return 'wrong';
    case 'null':
      return expectsNull ? 'correct-null' : 'missed';
  }
}

/** Counts over a set of cases for one locator. */
export interface Tally {
  /** Cases that expect an element, and how many of them returned exactly that element. */
  expectElement: number;
  found: number;
  missed: number;
  /** Wrong element returned, over all cases (including an element where null was expected). */
  wrong: number;
  /** Cases that expect null, and how many of them returned null. */
  expectNull: number;
  correctNull: number;
  errors: number;
}

/** Tallies one locator's outcomes; `pick` chooses ours or the baseline. */
export function tally(results: readonly CaseResult[], pick: (r: CaseResult) => Verdict): Tally {
  const t: Tally = { expectElement: 0, found: 0, missed: 0, wrong: 0, expectNull: 0, correctNull: 0, errors: 0 };
  for (const result of results) {
    if (result.expectsNull) t.expectNull++;
    else t.expectElement++;
    const outcome = classify(result.expectsNull, pick(result));
    if (outcome === 'found') t.found++;
    else if (outcome === 'missed') t.missed++;
    else if (outcome === 'wrong') t.wrong++;
    else if (outcome === 'correct-null') t.correctNull++;
    else t.errors++;
  }
  return t;
}

/** `A/B (P%)` with a whole percentage; 0% for an empty denominator. */
export function ratio(part: number, whole: number): string {
  const percent = whole === 0 ? 0 : Math.round((part / whole) * 100);
  return `${part}/${whole} (${percent}%)`;
}

/** The benchmark's closing line, the one figure other tools read. */
export function targetingLine(t: Tally): string {
  return `targeting: found ${ratio(t.found, t.expectElement)}, wrong ${t.wrong}, correct-null ${t.correctNull}/${t.expectNull}`;
}

/** Median and 95th percentile (nearest rank) of a sample. */
export function percentiles(sample: readonly number[]): { median: number; p95: number } {
  if (sample.length === 0) return { median: Number.NaN, p95: Number.NaN };
  const sorted = [...sample].sort((a, b) => a - b);
  const rank = (q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, p95: rank(0.95) };
}
