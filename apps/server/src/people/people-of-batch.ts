import type { ShirubeEvent } from '@shirube/schema';
import { asStored } from '../events/event-row.js';

/** What one batch says about one end user: when they were active, who they are, where they belong. */
export interface PersonUpdate {
  userKey: string;
  firstSeenAt: number;
  lastSeenAt: number;
  /** Latest account id the batch named for them, or null when it named none. */
  accountId: string | null;
  /** Latest language tag the batch carried. */
  locale: string | null;
  /** Traits from identify events in time order; a null value removes the trait. */
  traits: Record<string, string | null>;
  accountTraits: Record<string, string | null>;
}

/** An accepted event with the user key and corrected time ingest gave it. */
export interface StoredEvent {
  event: ShirubeEvent;
  userKey: string;
  at: number;
}

/** Trait values as stored and filtered on: strings, so `true`, `12` and `"12"` compare alike. */
function asStrings(props: Record<string, string | number | boolean | null> | undefined): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const [key, value] of Object.entries(props ?? {})) out[key] = value === null ? null : String(value);
  return out;
}

/** Tags already canonicalised: a project sees a handful, and ICU's answer costs more than the rest of a person's fold. */
const canonicalTags = new Map<string, string | null>();
const MAX_REMEMBERED_TAGS = 256;

/** A language tag in canonical case (`ja-JP`), or null when the runtime does not know it. */
export function canonicalLocale(tag: string | undefined): string | null {
  if (!tag) return null;
  const known = canonicalTags.get(tag);
  if (known !== undefined) return known;
  let canonical: string | null;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    canonical = null;
  }
  if (canonicalTags.size < MAX_REMEMBERED_TAGS) canonicalTags.set(tag, canonical);
  return canonical;
}

/** Folds a batch's accepted events into one update per end user, applied in event-time order. */
export function peopleOfBatch(events: readonly StoredEvent[]): PersonUpdate[] {
  const byUser = new Map<string, PersonUpdate>();
  const ordered = [...events].sort((a, b) => a.at - b.at);
  for (const { event, userKey, at } of ordered) {
    let person = byUser.get(userKey);
    if (!person) {
      person = { userKey, firstSeenAt: at, lastSeenAt: at, accountId: null, locale: null, traits: {}, accountTraits: {} };
      byUser.set(userKey, person);
    }
    person.lastSeenAt = at;
    if (event.accountId) person.accountId = asStored(event.accountId);
    const locale = canonicalLocale(event.locale);
    if (locale) person.locale = locale;
    if (event.type === 'identify') {
      Object.assign(person.traits, asStrings(event.traits));
      Object.assign(person.accountTraits, asStrings(event.accountTraits));
    }
  }
  return [...byUser.values()];
}
