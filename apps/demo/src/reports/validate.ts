import { CATEGORIES, type Category } from './report.js';

/** What the new-report form holds, as typed. */
export interface ReportDraft {
  title: string;
  date: string;
  category: string;
  amount: string;
}

/** Message keys per invalid field; an empty object means the draft is valid. */
export interface ReportErrors {
  title?: 'errors.titleRequired' | 'errors.titleTooLong';
  date?: 'errors.dateRequired' | 'errors.dateFuture';
  category?: 'errors.categoryRequired';
  amount?: 'errors.amountRequired' | 'errors.amountInvalid' | 'errors.amountPositive' | 'errors.amountTooLarge';
}

/** The largest single claim the form accepts, in yen. */
export const MAX_AMOUNT = 10_000_000;

const FULL_WIDTH_DIGIT = /[０-９]/g;

/**
 * Reads an amount in yen as people type it: "12,800", "¥12,800" or full-width "１２８００" from a
 * Japanese IME. Returns NaN when it is not a whole number.
 */
export function parseAmount(input: string): number {
  const ascii = input.replace(FULL_WIDTH_DIGIT, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
  const cleaned = ascii.replace(/[\s,，¥￥円]/g, '');
  if (!/^-?\d+$/.test(cleaned)) return Number.NaN;
  return Number(cleaned);
}

/** Checks a draft against the form's rules; `today` is YYYY-MM-DD so the check is testable. */
export function validateReport(draft: ReportDraft, today: string): ReportErrors {
  const errors: ReportErrors = {};
  const title = draft.title.trim();
  if (title === '') errors.title = 'errors.titleRequired';
  else if (title.length > 120) errors.title = 'errors.titleTooLong';

  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) errors.date = 'errors.dateRequired';
  else if (draft.date > today) errors.date = 'errors.dateFuture';

  if (!CATEGORIES.includes(draft.category as Category)) errors.category = 'errors.categoryRequired';

  if (draft.amount.trim() === '') errors.amount = 'errors.amountRequired';
  else {
    const amount = parseAmount(draft.amount);
    if (Number.isNaN(amount)) errors.amount = 'errors.amountInvalid';
    else if (amount <= 0) errors.amount = 'errors.amountPositive';
    else if (amount > MAX_AMOUNT) errors.amount = 'errors.amountTooLarge';
  }
  return errors;
}
