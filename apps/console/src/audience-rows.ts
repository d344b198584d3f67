import type { Condition, TraitSource } from '@shirube/schema';

/** A condition as the audience editor holds it while the author types: every value is text. */
export interface ConditionRow {
  source: TraitSource;
  trait: string;
  op: Condition['op'];
  value: string;
}

/** What each operator is called and what value it takes. */
export const OPERATORS: Array<{ op: Condition['op']; label: string; value: 'text' | 'number' | 'list' | 'days' | 'none' }> = [
  { op: 'equals', label: 'is', value: 'text' },
  { op: 'not_equals', label: 'is not', value: 'text' },
  { op: 'contains', label: 'contains', value: 'text' },
  { op: 'in', label: 'is one of', value: 'list' },
  { op: 'greater_than', label: 'is more than', value: 'number' },
  { op: 'less_than', label: 'is less than', value: 'number' },
  { op: 'within_days', label: 'is a date in the last (days)', value: 'days' },
  { op: 'exists', label: 'is set', value: 'none' },
  { op: 'missing', label: 'is not set', value: 'none' },
];

const kindOf = (op: Condition['op']) => OPERATORS.find((o) => o.op === op)!.value;

/** The editor's row for a stored condition. */
export function rowOf(condition: Condition): ConditionRow {
  const value = 'value' in condition ? (Array.isArray(condition.value) ? condition.value.join(', ') : String(condition.value)) : '';
  return { source: condition.source, trait: condition.trait, op: condition.op, value };
}

/** A row as a condition, or what the author must fix (in words). */
export function conditionOf(row: ConditionRow): { condition: Condition } | { error: string } {
  const trait = row.trait.trim();
  if (!/^[A-Za-z0-9_.:-]{1,100}$/.test(trait)) return { error: 'Name a trait: letters, digits, _ . : or -' };
  const base = { source: row.source, trait };
  const text = row.value.trim();
  switch (kindOf(row.op)) {
    case 'none':
      return { condition: { ...base, op: row.op as 'exists' | 'missing' } };
    case 'text':
      return { condition: { ...base, op: row.op as 'equals' | 'not_equals' | 'contains', value: text } };
    case 'list': {
      const items = text.split(',').map((item) => item.trim()).filter(Boolean);
      return items.length ? { condition: { ...base, op: 'in', value: items } } : { error: 'List at least one value, separated by commas' };
    }
    case 'number': {
      const n = Number(text);
      return text !== '' && Number.isFinite(n) ? { condition: { ...base, op: row.op as 'greater_than' | 'less_than', value: n } } : { error: 'Enter a number' };
    }
    case 'days': {
      const n = Number(text);
      return Number.isInteger(n) && n >= 1 && n <= 3_650 ? { condition: { ...base, op: 'within_days', value: n } } : { error: 'Enter a whole number of days (1 to 3650)' };
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
