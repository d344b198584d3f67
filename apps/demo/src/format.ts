import { localeOf, type Lang } from './i18n.js';

const yen = new Map<Lang, Intl.NumberFormat>();

/** An amount of yen in the language's conventions: ¥12,800 in English, ￥12,800 in Japanese. */
export function formatAmount(amount: number, lang: Lang): string {
  let format = yen.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(lang), { style: 'currency', currency: 'JPY' });
    yen.set(lang, format);
  }
  return format.format(amount);
}

/** A compact amount for chart axes: ¥120K / ￥12万. */
export function formatCompactAmount(amount: number, lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang), { style: 'currency', currency: 'JPY', notation: 'compact', maximumFractionDigits: 1 }).format(amount);
}

/** A YYYY-MM-DD day: "Nov 22, 2025" / "2025年11月22日". */
export function formatDate(day: string, lang: Lang): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(localeOf(lang), { year: 'numeric', month: lang === 'ja' ? 'long' : 'short', day: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A timestamp with its time of day, in the browser's time zone. */
export function formatDateTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(lang), { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(date);
}

/** A month label for a YYYY-MM key: "Nov" / "11月". */
export function formatMonth(month: string, lang: Lang): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  return new Intl.DateTimeFormat(localeOf(lang), { month: 'short', timeZone: 'UTC' }).format(date);
}
