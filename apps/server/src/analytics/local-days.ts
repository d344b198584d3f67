/**
 * Calendar days in a viewer's time zone. Analytics counters are kept per UTC hour, so any zone
 * with whole-hour offsets gets exact days; the console sends its own IANA zone.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // en-CA writes dates as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when the runtime knows the IANA zone name. */
export function isTimeZone(name: string): boolean {
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

/** The `YYYY-MM-DD` day an instant falls on in a zone. */
export function localDay(ms: number, timeZone: string): string {
  return formatterFor(timeZone).format(new Date(ms));
}

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** hour → day, per zone. An hour's day never changes, and trends read thousands of hours. */
const daysOfHours = new Map<string, Map<number, string>>();
const MAX_CACHED_HOURS = 500_000;
let cachedHours = 0;

/** The `YYYY-MM-DD` day an epoch hour starts on in a zone (whole-hour zones: the whole hour's day). */
export function localDayOfHour(hour: number, timeZone: string): string {
  let days = daysOfHours.get(timeZone);
  if (!days) daysOfHours.set(timeZone, (days = new Map()));
  let day = days.get(hour);
  if (day === undefined) {
    if (cachedHours >= MAX_CACHED_HOURS) {
      daysOfHours.clear();
      daysOfHours.set(timeZone, days);
      days.clear();
      cachedHours = 0;
    }
    day = localDay(hour * HOUR, timeZone);
    days.set(hour, day);
    cachedHours++;
  }
  return day;
}

/** The zone's offset from UTC at an instant, in milliseconds. */
function offsetAt(ms: number, timeZone: string): number {
  const [y, m, d] = localDay(ms, timeZone).split('-').map(Number) as [number, number, number];
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(new Date(ms));
  const [hh, mm, ss] = time.split(':').map(Number) as [number, number, number];
  const asUtc = Date.UTC(y, m - 1, d, hh, mm, ss);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The instant a local day starts in a zone (`2026-03-29` in `Europe/Paris` → 2026-03-28T23:00Z). */
export function dayStart(day: string, timeZone: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const midnightUtc = Date.UTC(y, m - 1, d);
  let start = midnightUtc - offsetAt(midnightUtc, timeZone);
  // Across a DST change the offset at the true start can differ from the first guess.
  start = midnightUtc - offsetAt(start, timeZone);
  return start;
}

/** The day after `day` (calendar arithmetic, zone-free). */
export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + DAY).toISOString().slice(0, 10);
}

/** Every day from `first` to `last` inclusive (empty when last < first). */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last; day = nextDay(day)) days.push(day);
  return days;
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
