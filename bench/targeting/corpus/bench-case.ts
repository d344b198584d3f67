/** The kinds of change a release makes to a page; every family has cases in the corpus. */
export const FAMILIES = [
  'hashed-classes',
  'generated-ids',
  'wrappers',
  'reorder',
  'inserted-before',
  'text-edit',
  'language',
  'look-alikes',
  'table-resort',
  'icon-only',
  'inputs',
  'svg',
  'removed',
  'moved',
  'shadow-dom',
  'attribute-churn',
  'combined',
] as const;

export type Family = (typeof FAMILIES)[number];

/**
 * One before/after page pair. In `before` the element the author clicked carries
 * `data-bench-target`; in `after` the same element, if it still exists, carries
 * `data-bench-expected`. No `data-bench-expected` means the locator must return null.
 * The runner strips both markers before the locator sees the page.
 */
export interface BenchCase {
  id: string;
  family: Family;
  description: string;
  before: string;
  after: string;
}

export const TARGET_ATTR = 'data-bench-target';
export const EXPECTED_ATTR = 'data-bench-expected';

/** An attribute marker in markup (not in text): preceded by whitespace, followed by `=`, `>`, `/` or space. */
export function markerPattern(attribute: string): RegExp {
  return new RegExp(`\\s${attribute}(?=[\\s=>/])`, 'g');
}

/** Whether a case expects null, read from its markup. */
export function expectsNull(c: BenchCase): boolean {
  return (c.after.match(markerPattern(EXPECTED_ATTR)) ?? []).length === 0;
}
