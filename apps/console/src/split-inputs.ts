import type { Split } from '@shirube/schema';

/** The split an author's inputs describe, or which input is wrong (the same bounds the server checks). */
export function splitOf(holdout: string, goal: string): { split: Split } | { error: 'holdout' | 'goal' } {
  const percent = holdout.trim();
  if (!/^\d{1,2}$/.test(percent) || Number(percent) < 1 || Number(percent) > 90) return { error: 'holdout' };
  const name = goal.trim();
  if (name === '' || name.length > 200) return { error: 'goal' };
  return { split: { holdoutPercent: Number(percent), goalEvent: name } };
}
