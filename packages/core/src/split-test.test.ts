import { describe, expect, it } from 'vitest';
import { compareSplit, twoSidedPValue } from './split-test.js';

describe('A/B holdout comparison', () => {
  it('gives the two-sided p-value of a standard normal statistic', () => {
    expect(twoSidedPValue(0)).toBeCloseTo(1, 6);
    expect(twoSidedPValue(1.959964)).toBeCloseTo(0.05, 6);
    expect(twoSidedPValue(-2.575829)).toBeCloseTo(0.01, 6);
    expect(twoSidedPValue(3.290527)).toBeCloseTo(0.001, 6);
  });

  it('matches a pooled two-proportion z-test worked by hand', () => {
    // 18% of 333 against 12% of 333: pooled 15%, z = 2.1695, p = 0.0300.
    const result = compareSplit({ users: 333, converted: 60 }, { users: 333, converted: 40 });
    expect(result.shownRate).toBeCloseTo(0.18018, 5);
    expect(result.holdoutRate).toBeCloseTo(0.12012, 5);
    expect(result.absoluteLift).toBeCloseTo(0.06006, 5);
    expect(result.relativeLift).toBeCloseTo(0.5, 6);
    expect(result.pValue).toBeCloseTo(0.030045, 5);
    expect(result.verdict).toBe('raised');
  });

  it('tells a significant drop from a difference the data cannot tell yet', () => {
    const lowered = compareSplit({ users: 1000, converted: 120 }, { users: 1000, converted: 180 });
    expect(lowered.pValue).toBeCloseTo(0.000172, 6);
    expect(lowered.verdict).toBe('lowered');
    const unclear = compareSplit({ users: 50, converted: 10 }, { users: 50, converted: 5 });
    expect(unclear.pValue).toBeCloseTo(0.16143, 4);
    expect(unclear.verdict).toBe('no_difference');
    expect(compareSplit({ users: 100, converted: 30 }, { users: 100, converted: 30 }).pValue).toBeCloseTo(1, 6);
  });

  it('waits for enough users on each side before testing', () => {
    const few = compareSplit({ users: 6, converted: 4 }, { users: 4, converted: 1 });
    expect(few).toMatchObject({ pValue: null, verdict: 'not_enough_data', shownRate: 4 / 6, holdoutRate: 0.25 });
    expect(compareSplit({ users: 0, converted: 0 }, { users: 0, converted: 0 })).toMatchObject({ shownRate: 0, holdoutRate: 0, relativeLift: null, verdict: 'not_enough_data' });
    // Nobody converted on either side: the rates are equal and nothing can be tested.
    expect(compareSplit({ users: 500, converted: 0 }, { users: 500, converted: 0 }).verdict).toBe('not_enough_data');
    // A zero-conversion holdout still tests once the pooled rate gives each side enough expected conversions.
    const zeroBase = compareSplit({ users: 100, converted: 20 }, { users: 100, converted: 0 });
    expect(zeroBase.relativeLift).toBeNull();
    expect(zeroBase.verdict).toBe('raised');
  });
});
