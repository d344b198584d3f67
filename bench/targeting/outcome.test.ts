import { describe, expect, it } from 'vitest';
import { classify, percentiles, tally, targetingLine, type CaseResult } from './outcome.js';
import type { Verdict } from './page/bench-page.js';

const expected: Verdict = { kind: 'expected' };
const other: Verdict = { kind: 'other', element: '<button> "Edit"' };
const nothing: Verdict = { kind: 'null' };
const error: Verdict = { kind: 'error', message: 'boom' };

function result(expectsNull: boolean, ours: Verdict): CaseResult {
  return { id: 'x', family: 'removed', expectsNull, ours, baseline: nothing };
}

describe('benchmark outcome', () => {
  it('classifies each verdict against what the case expects', () => {
    expect(classify(false, expected)).toBe('found');
    expect(classify(false, other)).toBe('wrong');
    expect(classify(false, nothing)).toBe('missed');
    expect(classify(true, nothing)).toBe('correct-null');
    expect(classify(true, other)).toBe('wrong');
    expect(classify(true, error)).toBe('error');
  });

  it('counts a wrong element on a null case as wrong, and an error as no success', () => {
    const results = [
      result(false, expected),
      result(false, other),
      result(false, error),
      result(true, other),
      result(true, nothing),
      result(true, error),
    ];
    const t = tally(results, (r) => r.ours);
    expect(t).toEqual({ expectElement: 3, found: 1, missed: 0, wrong: 2, expectNull: 3, correctNull: 1, errors: 2 });
    expect(targetingLine(t)).toBe('targeting: found 1/3 (33%), wrong 2, correct-null 1/3');
  });

  it('takes the median and the nearest-rank 95th percentile', () => {
    const sample = Array.from({ length: 50 }, (_, i) => 50 - i);
    expect(percentiles(sample)).toEqual({ median: 25.5, p95: 48 });
    expect(percentiles([3])).toEqual({ median: 3, p95: 3 });
  });
});
