import type { SplitResults } from '@shirube/server/types';
import type { CsvTable } from '../components/download-csv-button.js';
import { percentCell } from '../csv.js';
import { percent } from '../format.js';
import type { Messages } from '../i18n/en.js';

/** A p-value as people read it: "p = 0.03", three decimals below 0.01, and "p < 0.001" below that. */
export function pValueText(p: number, t: Messages): string {
  if (p < 0.001) return t.split.pBelow;
  return t.split.pValue(p < 0.01 ? p.toFixed(3) : p.toFixed(2));
}

/** The verdict of an A/B test in one sentence: which way showing the guide moved conversion, and how sure. */
export function splitVerdictText(results: SplitResults, t: Messages, locale: string): string {
  const { comparison } = results;
  const from = percent(results.holdout.rate, locale);
  const to = percent(results.shown.rate, locale);
  if (comparison.verdict === 'not_enough_data' || comparison.pValue === null) return t.split.notEnoughData(from, to);
  const p = pValueText(comparison.pValue, t);
  return comparison.verdict === 'raised' ? t.split.raised(from, to, p) : comparison.verdict === 'lowered' ? t.split.lowered(from, to, p) : t.split.noDifference(from, to, p);
}

/** The A/B table as CSV: one row per group, the lift and p-value on the shown row; shares as percentages. */
export function splitCsv(results: SplitResults, t: Messages): CsvTable {
  const { comparison } = results;
  return {
    headers: [t.split.group, t.split.users, t.split.converted, t.split.csvRate, t.split.csvAbsoluteLift, t.split.csvRelativeLift, t.split.significance],
    rows: [
      [
        t.split.shown,
        results.shown.users,
        results.shown.converted,
        percentCell(results.shown.rate),
        percentCell(comparison.absoluteLift),
        comparison.relativeLift === null ? null : percentCell(comparison.relativeLift),
        comparison.pValue === null ? null : Number(comparison.pValue.toPrecision(3)),
      ],
      [t.split.holdout, results.holdout.users, results.holdout.converted, percentCell(results.holdout.rate), null, null, null],
    ],
  };
}
