import { TARGET_MISSING_REASONS } from '@shirube/schema';
import type { CsvCell } from '@shirube/core';
import type { Funnel } from './analytics-types.js';

/** Column names of the admin API's funnel CSV (English, stable: scripts read them). */
export const FUNNEL_CSV_HEADERS = [
  'step',
  'step_id',
  'title',
  'viewed_users',
  'completed_users',
  'dismissed_users',
  'drop_off_users',
  'drop_off_rate',
  'target_missing_users',
  ...TARGET_MISSING_REASONS.map((reason) => `target_missing_${reason}`),
];

/** One row per step, in step order; the rate as a fraction (0..1) with four decimals. */
export function funnelCsvRows(funnel: Funnel): CsvCell[][] {
  return [...funnel.steps]
    .sort((a, b) => a.stepIndex - b.stepIndex)
    .map((s) => [
      s.stepIndex + 1,
      s.stepId,
      s.title,
      s.viewedUsers,
      s.completedUsers,
      s.dismissedUsers,
      s.dropOffUsers,
      Math.round(s.dropOffRate * 10_000) / 10_000,
      s.targetMissingUsers,
      ...TARGET_MISSING_REASONS.map((reason) => s.missingReasons[reason]),
    ]);
}
