/** Calendar days as the viewer counts them: the analytics filters and the trend speak in these. */

/** The viewer's calendar day of a moment, `YYYY-MM-DD` in their time zone. */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** The last `days` days, today included: "last 7 days" is today and the six before it. */
export function lastDays(days: number, today = new Date()): { from: string; to: string } {
  const start = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1));
  return { from: localDay(start), to: localDay(today) };
}

/** The date presets the filter bar offers. */
export const DAY_PRESETS = [7, 30, 90] as const;

/** Which preset a range is, so its button shows as pressed; null for a range picked by hand. */
export function presetOf(range: { from?: string; to?: string }, today = new Date()): (typeof DAY_PRESETS)[number] | null {
  return DAY_PRESETS.find((days) => {
    const preset = lastDays(days, today);
    return preset.from === range.from && preset.to === range.to;
  }) ?? null;
}

/** The day after a `YYYY-MM-DD` day (calendar arithmetic in UTC, so no daylight-saving skips). */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The viewer's IANA time zone, sent with every analytics read so days are theirs. */
export const viewerTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
