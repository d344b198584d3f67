import type { Lang } from '../i18n.js';

/** Expense categories, in the order forms and filters list them. */
export const CATEGORIES = ['transport', 'travel', 'lodging', 'meals', 'software', 'supplies', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Where a report is in its life: drafted, sent to an approver, approved, paid out, or sent back. */
export const STATUSES = ['draft', 'pending', 'approved', 'reimbursed', 'rejected'] as const;
export type Status = (typeof STATUSES)[number];

export interface TimelineEntry {
  kind: 'created' | 'submitted' | 'approved' | 'rejected' | 'reimbursed';
  /** ISO timestamp. */
  at: string;
  actor: string;
  comment?: string;
}

/** One expense report. Seeded reports carry a title per language; new ones repeat what was typed. */
export interface Report {
  id: string;
  title: Record<Lang, string>;
  /** Day of the expense, YYYY-MM-DD. */
  date: string;
  category: Category;
  /** Whole yen. */
  amount: number;
  status: Status;
  merchant: string;
  notes: string;
  receipt: { name: string; size: number } | null;
  owner: string;
  timeline: TimelineEntry[];
}

/** Today as YYYY-MM-DD in the browser's time zone. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The YYYY-MM-DD day `days` before `from` (local time). */
export function daysAgo(days: number, from: Date = new Date()): string {
  const d = new Date(from.getFullYear(), from.getMonth(), from.getDate() - days, 12);
  return today(d);
}
