import { describe, expect, it } from 'vitest';
import { splitOf } from './split-inputs.js';

describe('A/B settings inputs', () => {
  it('reads a whole percentage from 1 to 90 and a trimmed goal name', () => {
    expect(splitOf(' 25 ', ' report_submitted ')).toEqual({ split: { holdoutPercent: 25, goalEvent: 'report_submitted' } });
    expect(splitOf('1', 'x')).toEqual({ split: { holdoutPercent: 1, goalEvent: 'x' } });
    expect(splitOf('90', 'x')).toEqual({ split: { holdoutPercent: 90, goalEvent: 'x' } });
  });

  it('says which input is wrong, the percentage first', () => {
    for (const bad of ['0', '91', '12.5', '', 'ten', '-5']) expect(splitOf(bad, 'x')).toEqual({ error: 'holdout' });
    expect(splitOf('20', '   ')).toEqual({ error: 'goal' });
    expect(splitOf('20', 'x'.repeat(201))).toEqual({ error: 'goal' });
    expect(splitOf('0', '')).toEqual({ error: 'holdout' });
  });
});
