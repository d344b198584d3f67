import type { Frequency, Schedule, Split } from '@shirube/schema';

const DAY = 86_400_000;

/** What one user has done with one piece of content, as the SDK remembers it. */
export interface ShowHistory {
  /** When it last started showing (null: never). */
  lastShownAt: number | null;
  /** The session it last started in. */
  lastShownSession: string | null;
  completedAt: number | null;
  /** The session the user last dismissed it in (null: never dismissed). */
  dismissedSession: string | null;
}

export const NEVER_SHOWN: ShowHistory = { lastShownAt: null, lastShownSession: null, completedAt: null, dismissedSession: null };

/**
 * The history after a content event (`guide_started`, `guide_completed`, `guide_dismissed`) in
 * `session` at `now`; other events leave it as it was. Returns the same object when nothing changed.
 */
export function noteShowing(history: ShowHistory, eventType: string, session: string, now: number): ShowHistory {
  if (eventType === 'guide_started') return { ...history, lastShownAt: now, lastShownSession: session };
  if (eventType === 'guide_completed') return { ...history, completedAt: now };
  if (eventType === 'guide_dismissed') return { ...history, dismissedSession: session };
  return history;
}

/** Whether content may start showing again under its frequency, in `session` at `now`. */
export function frequencyAllows(frequency: Frequency, history: ShowHistory, session: string, now: number): boolean {
  switch (frequency.kind) {
    case 'once':
      return history.lastShownAt === null;
    case 'until_completed':
      // Dismissing puts it away for this session; it comes back until the user completes it.
      return history.completedAt === null && history.dismissedSession !== session;
    case 'every_session':
      return history.lastShownSession !== session;
    case 'every_days':
      return history.lastShownAt === null || now - history.lastShownAt >= frequency.days * DAY;
  }
}

/** Whether `now` falls inside the schedule (start inclusive, end exclusive). */
export function withinSchedule(schedule: Schedule | undefined, now: number): boolean {
  if (!schedule) return true;
  if (schedule.startsAt && now < Date.parse(schedule.startsAt)) return false;
  if (schedule.endsAt && now >= Date.parse(schedule.endsAt)) return false;
  return true;
}

/** FNV-1a over UTF-16 code units: small, fast, and the same in every JavaScript runtime. */
function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Which side of an A/B holdout a user is on, stable per user and content: the SDK and the server
 * compute the same answer, so analytics can compare the goal event of each side.
 */
export function splitGroup(split: Split | undefined, contentId: string, userKey: string): 'shown' | 'holdout' {
  if (!split) return 'shown';
  return hash32(`${contentId}:${userKey}`) % 100 < split.holdoutPercent ? 'holdout' : 'shown';
}
