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

const DURATION_UNITS: Array<[Intl.NumberFormatOptions['unit'], number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/**
 * A time span in its largest sensible unit, as people say it: "12 sec", "3 min", "1.5 hr", "12 秒".
 * One decimal below ten, so 90 s reads "1.5 min"; hours go up to two days before days take over.
 */
export function duration(ms: number, locale = navigator.language): string {
  const [unit, size] = DURATION_UNITS.find(([unit, size]) => ms >= (unit === 'day' ? 2 * size : size)) ?? DURATION_UNITS[3]!;
  const value = ms / size;
  const format = (n: number) => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: n < 10 ? 1 : 0 }).format(n);
  return ms < 1000 ? `<${format(1)}` : format(value);
}

/** A calendar day (`YYYY-MM-DD`) short, for chart axes and tables: "Nov 2", "11月2日". */
export function shortDay(day: string, locale = navigator.language): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}
