import type { Condition, TraitCondition, TraitSource } from '@shirube/schema';

/** A condition as the audience editor holds it while the author types: every value is text (a segment row keeps its id in `value`). */
export interface ConditionRow {
  source: TraitSource | 'segment';
  trait: string;
  op: Condition['op'];
  value: string;
}

type ValueKind = 'text' | 'number' | 'list' | 'days' | 'none';

/** The trait tests and the value each takes (their words are in the console's messages). */
export const OPERATORS: Array<{ op: TraitCondition['op']; value: ValueKind }> = [
  { op: 'equals', value: 'text' },
  { op: 'not_equals', value: 'text' },
  { op: 'contains', value: 'text' },
  { op: 'in', value: 'list' },
  { op: 'greater_than', value: 'number' },
  { op: 'less_than', value: 'number' },
  { op: 'within_days', value: 'days' },
  { op: 'exists', value: 'none' },
  { op: 'missing', value: 'none' },
];

/** The segment tests. */
export const SEGMENT_OPERATORS = ['in_segment', 'not_in_segment'] as const;

/** What the author must fix in a row; the console words it in the viewer's language. */
export type RowProblem = 'trait' | 'number' | 'days' | 'list' | 'segment';

/** The value a trait test takes ('none' for segment tests, whose value is the chosen segment). */
export const valueKindOf = (op: Condition['op']): ValueKind => OPERATORS.find((o) => o.op === op)?.value ?? 'none';

/** The editor's row for a stored condition. */
export function rowOf(condition: Condition): ConditionRow {
  if (condition.source === 'segment') return { source: 'segment', trait: '', op: condition.op, value: condition.segmentId };
  const value = 'value' in condition ? (Array.isArray(condition.value) ? condition.value.join(', ') : String(condition.value)) : '';
  return { source: condition.source, trait: condition.trait, op: condition.op, value };
}

/** The row after the author picks whose trait (or a segment): the test is reset when it no longer fits. */
export function withSource(row: ConditionRow, source: ConditionRow['source']): ConditionRow {
  const wasSegment = row.source === 'segment';
  if (wasSegment === (source === 'segment')) return { ...row, source };
  return source === 'segment' ? { source, trait: '', op: 'in_segment', value: '' } : { source, trait: '', op: 'equals', value: '' };
}

/** A row as a condition, or what the author must fix. */
export function conditionOf(row: ConditionRow): { condition: Condition } | { error: RowProblem } {
  if (row.source === 'segment') {
    const op = row.op === 'not_in_segment' ? 'not_in_segment' : 'in_segment';
    return row.value ? { condition: { source: 'segment', op, segmentId: row.value } } : { error: 'segment' };
  }
  const trait = row.trait.trim();
  if (!/^[A-Za-z0-9_.:-]{1,100}$/.test(trait)) return { error: 'trait' };
  const base = { source: row.source, trait };
  const text = row.value.trim();
  switch (valueKindOf(row.op)) {
    case 'none':
      return { condition: { ...base, op: row.op as 'exists' | 'missing' } };
    case 'text':
      return { condition: { ...base, op: row.op as 'equals' | 'not_equals' | 'contains', value: text } };
    case 'list': {
      const items = text.split(',').map((item) => item.trim()).filter(Boolean);
      return items.length ? { condition: { ...base, op: 'in', value: items } } : { error: 'list' };
    }
    case 'number': {
      const n = Number(text);
      return text !== '' && Number.isFinite(n) ? { condition: { ...base, op: row.op as 'greater_than' | 'less_than', value: n } } : { error: 'number' };
    }
    case 'days': {
      const n = Number(text);
      return Number.isInteger(n) && n >= 1 && n <= 3_650 ? { condition: { ...base, op: 'within_days', value: n } } : { error: 'days' };
    }
  }
}

/** An ISO time as a `datetime-local` input's value, in the viewer's time zone ('' when absent). */
export function localInputOf(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A `datetime-local` input's value (viewer's time zone) as an ISO time, or undefined when empty or invalid. */
export function isoOfLocalInput(value: string): string | undefined {
  if (!value) return undefined;
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
