/** Numbers and times as the console shows them, in the viewer's locale. */

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "3 hours ago", "yesterday", "now", in the locale. */
export function relativeTime(iso: string, now = Date.now(), locale = navigator.language): string {
  const diff = new Date(iso).getTime() - now;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, ms] of UNITS) if (Math.abs(diff) >= ms) return format.format(Math.round(diff / ms), unit);
  return format.format(0, 'second'); // now, 今
}

/** A share in [0, 1] as a percentage: "67%". */
export function percent(share: number, locale = navigator.language): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A count with grouping: "12,480". */
export function count(n: number, locale = navigator.language): string {
  return new Intl.NumberFormat(locale).format(n);
}

/** A full date and time for tooltips and history. */
export function dateTime(iso: string, locale = navigator.language): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
