/** One side of an A/B holdout: the users assigned to it and how many of them reached the goal. */
export interface SplitSide {
  users: number;
  converted: number;
}

/**
 * What the comparison lets a reader conclude: showing the guide `raised` or `lowered` conversion
 * (significant at 5%), made `no_difference` that the data can tell yet, or there is `not_enough_data`
 * for the test to mean anything.
 */
export type SplitVerdict = 'raised' | 'lowered' | 'no_difference' | 'not_enough_data';

/** The two sides compared: conversion rates, lift of the shown side over the holdout, and the test. */
export interface SplitComparison {
  shownRate: number;
  holdoutRate: number;
  /** shownRate − holdoutRate, as a share (0.06 is six points). */
  absoluteLift: number;
  /** absoluteLift / holdoutRate; null when nobody in the holdout converted (no base to divide by). */
  relativeLift: number | null;
  /** Two-sided p-value of the pooled two-proportion z-test; null when there is not enough data. */
  pValue: number | null;
  verdict: SplitVerdict;
}

/** Significance level of the verdict. */
export const SPLIT_ALPHA = 0.05;

/**
 * Expected conversions and non-conversions each side needs before the normal approximation behind
 * the z-test holds (the usual rule of thumb); below it the verdict is `not_enough_data`.
 */
export const MIN_EXPECTED_PER_SIDE = 5;

const rate = (side: SplitSide) => (side.users > 0 ? side.converted / side.users : 0);

/**
 * The complementary error function, |error| < 1.2e-7 everywhere (Numerical Recipes' erfcc, a
 * Chebyshev fit): precise far beyond the two decimals a p-value is read to.
 */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + z / 2);
  const poly =
    -z * z - 1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const value = t * Math.exp(poly);
  return x >= 0 ? value : 2 - value;
}

/** Two-sided p-value of a standard normal statistic. */
export const twoSidedPValue = (z: number): number => Math.min(1, erfc(Math.abs(z) / Math.SQRT2));

/**
 * Compares the side shown the guide with the holdout by a pooled two-proportion z-test. Pure, so
 * the server's numbers can be checked by hand: 60/333 against 40/333 gives p ≈ 0.030.
 */
export function compareSplit(shown: SplitSide, holdout: SplitSide): SplitComparison {
  const shownRate = rate(shown);
  const holdoutRate = rate(holdout);
  const absoluteLift = shownRate - holdoutRate;
  const relativeLift = holdoutRate > 0 ? absoluteLift / holdoutRate : null;
  const base = { shownRate, holdoutRate, absoluteLift, relativeLift };
  const total = shown.users + holdout.users;
  const pooled = total > 0 ? (shown.converted + holdout.converted) / total : 0;
  const enough = [shown, holdout].every((side) => side.users * pooled >= MIN_EXPECTED_PER_SIDE && side.users * (1 - pooled) >= MIN_EXPECTED_PER_SIDE);
  if (!enough) return { ...base, pValue: null, verdict: 'not_enough_data' };
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / shown.users + 1 / holdout.users));
  const pValue = twoSidedPValue(absoluteLift / standardError);
  const verdict: SplitVerdict = pValue >= SPLIT_ALPHA ? 'no_difference' : absoluteLift > 0 ? 'raised' : 'lowered';
  return { ...base, pValue, verdict };
}
