import type { Audience, Condition, SegmentRules } from '@shirube/schema';

/** Trait values as the SDK holds them (`identify` traits) or the server stores them (strings). */
export type TraitValue = string | number | boolean | null | undefined;
export type Traits = Readonly<Record<string, TraitValue>>;

/** Whom the rules are asked about: their traits and their account's, and the saved segments conditions may refer to. */
export interface AudienceSubject {
  user: Traits;
  account: Traits;
  segments?: SegmentRules;
}

const DAY = 86_400_000;

const text = (value: TraitValue) => (value === null || value === undefined ? null : String(value).toLowerCase());

/** A trait as a number: numbers, numeric text (`"12"`), never booleans or empty text. */
function asNumber(value: TraitValue): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** A trait as an instant: epoch milliseconds, or ISO text (a date alone is midnight UTC). */
function asTime(value: TraitValue): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? null : ms;
  }
  return null;
}

/** Whether one condition holds for the subject at `now`. */
export function matchesCondition(condition: Condition, subject: AudienceSubject, now: number): boolean {
  if (condition.source === 'segment') {
    const segment = subject.segments?.[condition.segmentId];
    // A segment that is unknown here (not delivered, deleted) admits no one, either way: fail closed.
    // Segments hold trait tests only, so evaluating one without segments cannot recurse.
    if (!segment) return false;
    return matchesAudience(segment, { user: subject.user, account: subject.account }, now) === (condition.op === 'in_segment');
  }
  const value = (condition.source === 'user' ? subject.user : subject.account)[condition.trait];
  const present = value !== null && value !== undefined && value !== '';
  switch (condition.op) {
    case 'exists':
      return present;
    case 'missing':
      return !present;
    case 'equals':
      return present && text(value) === condition.value.toLowerCase();
    case 'not_equals':
      return !present || text(value) !== condition.value.toLowerCase();
    case 'contains':
      return present && text(value)!.includes(condition.value.toLowerCase());
    case 'in':
      return present && condition.value.some((item) => item.toLowerCase() === text(value));
    case 'greater_than': {
      const n = asNumber(value);
      return n !== null && n > condition.value;
    }
    case 'less_than': {
      const n = asNumber(value);
      return n !== null && n < condition.value;
    }
    case 'within_days': {
      const at = asTime(value);
      return at !== null && at <= now && now - at <= condition.value * DAY;
    }
  }
}

/** Whether the subject belongs to the audience; an audience without conditions admits everyone. */
export function matchesAudience(audience: Audience, subject: AudienceSubject, now: number): boolean {
  if (audience.conditions.length === 0) return true;
  const test = (condition: Condition) => matchesCondition(condition, subject, now);
  return audience.match === 'all' ? audience.conditions.every(test) : audience.conditions.some(test);
}
