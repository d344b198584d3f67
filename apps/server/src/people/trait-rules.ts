/** How traits are kept and which of their values are offered as analytics filters. */

/** Trait values longer than this are kept on the user but not offered as filter values. */
const MAX_FILTER_VALUE_LENGTH = 60;
/** Traits that identify one person or company: never offered as filters. */
const NOT_FILTERS = new Set(['name', 'email', 'id', 'userId', 'accountId', 'phone']);

/** Applies a trait update (a null value removes the trait). */
export function mergeTraits(current: Record<string, string>, update: Record<string, string | null>): Record<string, string> {
  const merged = { ...current };
  for (const [key, value] of Object.entries(update)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

/** The `[key, value]` pairs of an update worth offering as filters. */
export function filterValuesOf(update: Record<string, string | null>): Array<[string, string]> {
  return Object.entries(update).filter((entry): entry is [string, string] => entry[1] !== null && entry[1].length <= MAX_FILTER_VALUE_LENGTH && !NOT_FILTERS.has(entry[0]));
}

/** An end user as ingest keeps them, with traits as an object. */
export interface PersonState {
  account_id: string | null;
  locale: string | null;
  language: string | null;
  traits: Record<string, string>;
  first_seen_at: number;
  last_seen_at: number;
}

/**
 * A user after one batch's update: its account and locale win when it names them, traits merge,
 * seen times widen. The same rule for ingest and the benchmark's table builder.
 */
export function personAfter(
  current: PersonState | null,
  update: { accountId: string | null; locale: string | null; traits: Record<string, string | null>; firstSeenAt: number; lastSeenAt: number },
): PersonState {
  const locale = update.locale ?? current?.locale ?? null;
  return {
    account_id: update.accountId ?? current?.account_id ?? null,
    locale,
    language: locale ? locale.split('-')[0]!.toLowerCase() : null,
    traits: mergeTraits(current?.traits ?? {}, update.traits),
    first_seen_at: Math.min(current?.first_seen_at ?? update.firstSeenAt, update.firstSeenAt),
    last_seen_at: Math.max(current?.last_seen_at ?? update.lastSeenAt, update.lastSeenAt),
  };
}
