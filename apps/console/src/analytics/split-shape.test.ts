import { compareSplit } from '@shirube/core';
import type { SplitResults } from '@shirube/server/types';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.js';
import { ja } from '../i18n/ja.js';
import { pValueText, splitCsv, splitVerdictText } from './split-shape.js';

function results(shown: [number, number], holdout: [number, number]): SplitResults {
  const side = ([users, converted]: [number, number]) => ({ users, converted, rate: users ? converted / users : 0 });
  return {
    guideId: 'g',
    guideName: 'Tour',
    split: { holdoutPercent: 50, goalEvent: 'report_submitted', version: 1 },
    shown: side(shown),
    holdout: side(holdout),
    comparison: compareSplit({ users: shown[0], converted: shown[1] }, { users: holdout[0], converted: holdout[1] }),
    rejectedAssignments: 0,
    firstAssignedAt: null,
  };
}

describe('A/B test wording', () => {
  it('reads a p-value to two decimals, three below 0.01, and as a bound below 0.001', () => {
    expect(pValueText(0.030045, en)).toBe('p = 0.03');
    expect(pValueText(0.0042, en)).toBe('p = 0.004');
    expect(pValueText(0.00017, en)).toBe('p < 0.001');
    expect(pValueText(0.5, ja)).toBe('p 値 = 0.50');
  });

  it('says which way showing the guide moved conversion, or that it is too early to tell', () => {
    expect(splitVerdictText(results([333, 60], [333, 40]), en, 'en')).toBe('Showing the guide raised conversion from 12% to 18% (p = 0.03).');
    expect(splitVerdictText(results([1000, 120], [1000, 180]), en, 'en')).toBe('Showing the guide lowered conversion from 18% to 12% (p < 0.001).');
    expect(splitVerdictText(results([50, 10], [50, 5]), en, 'en')).toContain('No clear difference yet: 20% converted when shown the guide, 10% when held out (p = 0.16)');
    expect(splitVerdictText(results([6, 4], [4, 1]), en, 'en')).toContain('Not enough data yet: 67% converted when shown the guide, 25% when held out.');
    expect(splitVerdictText(results([333, 60], [333, 40]), ja, 'ja')).toBe('ガイドを表示すると、コンバージョン率が 12% から 18% に上がりました(p 値 = 0.03)。');
  });

  it('exports the figures unformatted, lift and p-value on the shown row', () => {
    const csv = splitCsv(results([333, 60], [333, 40]), en);
    expect(csv.headers).toEqual(['Group', 'Users', 'Converted', 'Conversion rate (%)', 'Absolute lift (points)', 'Relative lift (%)', 'p-value']);
    expect(csv.rows).toEqual([
      ['Shown the guide', 333, 60, 18, 6, 50, 0.03],
      ['Held out', 333, 40, 12, null, null, null],
    ]);
  });
});
