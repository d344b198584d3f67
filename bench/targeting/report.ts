import { FAMILIES } from './corpus/index.js';
import { classify, percentiles, ratio, tally, type CaseResult, type Tally } from './outcome.js';
import type { Verdict } from './page/bench-page.js';

const ours = (r: CaseResult): Verdict => r.ours;
const baseline = (r: CaseResult): Verdict => r.baseline;

/** Terminal columns taken by `text`: CJK and full-width characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1;
  return width;
}

function truncate(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = '';
  for (const char of text) {
    if (displayWidth(out + char) > max - 1) break;
    out += char;
  }
  return `${out}…`;
}

/** Left-aligned columns separated by two spaces; the first row is the header. */
export function formatTable(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((text, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(text))));
  const line = (row: readonly string[]): string =>
    row.map((text, i) => (i === row.length - 1 ? text : text + ' '.repeat(widths[i]! - displayWidth(text)))).join('  ').trimEnd();
  const [header, ...body] = rows;
  if (!header) return [];
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)];
}

/** One locator's result on one case, as a table cell: the outcome and what it returned. */
export function describeResult(expectsNull: boolean, verdict: Verdict): string {
  const outcome = classify(expectsNull, verdict);
  if (verdict.kind === 'other') return truncate(`${outcome} ${verdict.element}`, 56);
  if (verdict.kind === 'error') return truncate(`error: ${verdict.message}`, 56);
  return outcome;
}

const isSuccess = (expectsNull: boolean, verdict: Verdict): boolean => {
  const outcome = classify(expectsNull, verdict);
  return outcome === 'found' || outcome === 'correct-null';
};

/** Every case where either locator failed, in corpus order. */
export function failureLines(results: readonly CaseResult[]): string[] {
  const failures = results.filter((r) => !isSuccess(r.expectsNull, r.ours) || !isSuccess(r.expectsNull, r.baseline));
  if (failures.length === 0) return ['No failures.'];
  return formatTable([
    ['case', 'family', 'ours', 'baseline'],
    ...failures.map((r) => [r.id, r.family, describeResult(r.expectsNull, r.ours), describeResult(r.expectsNull, r.baseline)]),
  ]);
}

function compact(t: Tally): string {
  return `${t.found + t.correctNull} ok, ${t.wrong} wrong, ${t.missed} missed${t.errors ? `, ${t.errors} error` : ''}`;
}

/** Per family: cases, null cases, and each locator's successes, wrong answers and misses. */
export function familyLines(results: readonly CaseResult[]): string[] {
  const rows = FAMILIES.map((family) => {
    const group = results.filter((r) => r.family === family);
    const nulls = group.filter((r) => r.expectsNull).length;
    return [family, String(group.length), String(nulls), compact(tally(group, ours)), compact(tally(group, baseline))];
  });
  return formatTable([['family', 'cases', 'null', 'ours', 'baseline (@medv/finder)'], ...rows]);
}

/** The headline figures of both locators side by side. */
export function figureLines(results: readonly CaseResult[]): string[] {
  const a = tally(results, ours);
  const b = tally(results, baseline);
  const bytes = results.flatMap((r) => (r.targetBytes === undefined ? [] : [r.targetBytes]));
  return [
    ...formatTable([
      ['', 'ours', 'baseline (@medv/finder)'],
      ['found', ratio(a.found, a.expectElement), ratio(b.found, b.expectElement)],
      ['wrong (all cases)', String(a.wrong), String(b.wrong)],
      ['missed', String(a.missed), String(b.missed)],
      ['correct-null', ratio(a.correctNull, a.expectNull), ratio(b.correctNull, b.expectNull)],
      ['errors', String(a.errors), String(b.errors)],
    ]),
    `stored target: median ${percentiles(bytes).median} bytes of JSON over ${bytes.length} captures`,
  ];
}
