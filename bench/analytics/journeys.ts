import { EVENT_LIMITS, type EventBatch, type ShirubeEvent } from '@shirube/schema';
import { liveVersionAt, MISSING_REASONS, type BenchGuide, type BenchUser, type Population } from './population.js';
import { createRandom, seedOf, seededUuidv7, type Random } from './random.js';

/** One batch as the server receives it: the SDK's batch and the server's clock at arrival. */
export interface ReceivedBatch {
  receivedAt: number;
  batch: EventBatch;
}

/** An event before the SDK stamps it: what happened, and when on the server's clock. */
type Happening = { at: number; event: DistributiveOmit<ShirubeEvent, 'id' | 'anonymousId' | 'userId' | 'accountId' | 'timestamp' | 'path' | 'locale'> };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** Events sent together: a page visit, flushed at its end. */
type Session = { path: string; happenings: Happening[] };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const TRACK_NAMES = ['expense_created', 'report_submitted', 'receipt_uploaded', 'approval_given', 'csv_exported'];

/**
 * Everything one user sends over the period, as the batches the server receives, in arrival order.
 * Depends only on the population and the user, so users can be generated one at a time.
 */
export function userBatches(population: Population, user: BenchUser): ReceivedBatch[] {
  const random = createRandom(seedOf(population.options.seed, 4, user.index));
  const sessions: Session[] = [];
  const endsAt = Math.min(population.options.endsAt, user.activeUntil);

  /** Takes a guide, and now and then takes it again later from the help menu (a repeated start). */
  const take = (guide: BenchGuide, startAt: number) => {
    sessions.push(...journey(random, guide, startAt, endsAt));
    if (random.chance(0.05)) sessions.push(...journey(random, guide, startAt + Math.floor(random.next() * (endsAt - startAt)), endsAt));
  };
  let onboardingAt = user.joinedAt + random.int(10 * 60_000);
  for (const guide of population.guides) {
    if (!guide.onboarding) continue;
    if (onboardingAt >= endsAt) break;
    if (random.chance(guide.reach)) take(guide, onboardingAt);
    onboardingAt += 10 * 60_000 + Math.round(random.exponential(20 * HOUR));
  }
  const featureFrom = user.joinedAt + HOUR;
  for (const guide of population.guides) {
    if (guide.onboarding || featureFrom >= endsAt || !random.chance(Math.min(1, guide.reach * user.engagement))) continue;
    take(guide, featureFrom + Math.floor(random.next() * (endsAt - featureFrom)));
  }
  return toBatches(random, population, user, sessions.filter((s) => s.happenings.length > 0));
}

/** One user's way through one guide: started, then step by step until completed, dismissed, stuck or gone. */
function journey(random: Random, guide: BenchGuide, startAt: number, endsAt: number): Session[] {
  const version = liveVersionAt(guide, startAt);
  const ids = { guideId: guide.id, guideVersion: version };
  let session: Session = { path: guide.path, happenings: [] };
  const sessions = [session];
  let at = startAt;
  /** Records an event unless it falls after the period; false ends the journey. */
  const happen = (event: Happening['event']): boolean => {
    if (at > endsAt) return false;
    session.happenings.push({ at, event });
    return true;
  };
  const later = (ms: number) => {
    at += Math.max(1, Math.round(ms));
    session = { path: guide.path, happenings: [] };
    sessions.push(session);
  };

  if (!happen({ type: 'guide_started', ...ids })) return sessions;
  let resumed = false;
  for (let stepIndex = 0; stepIndex < guide.steps.length; stepIndex++) {
    const step = guide.steps[stepIndex]!;
    const stepIds = { ...ids, stepId: step.id, stepIndex };
    at += 50 + random.int(400);
    if (random.chance(step.missingRate)) {
      const tries = 1 + random.int(3);
      for (let i = 0; i < tries; i++) {
        if (i > 0) later(random.exponential(DAY));
        const reason = random.weighted(MISSING_REASONS, step.missingReasonWeights);
        if (!happen({ type: 'target_missing', ...stepIds, reason })) return sessions;
      }
      if (!random.chance(step.recoverRate)) return sessions;
      later(random.exponential(DAY));
    }
    if (!happen({ type: 'step_viewed', ...stepIds })) return sessions;
    if (random.chance(0.08)) {
      // A reload shows the step again: a repeated view that must not count twice.
      at += Math.round(random.logNormal(5_000, 0.8));
      if (!happen({ type: 'step_viewed', ...stepIds })) return sessions;
    }
    if (random.chance(step.continueRate)) {
      at += Math.round(random.logNormal(step.medianSeconds * 1000, 0.9));
      if (!happen({ type: 'step_completed', ...stepIds })) return sessions;
      if (stepIndex === guide.steps.length - 1) happen({ type: 'guide_completed', ...ids });
      continue;
    }
    if (random.chance(step.dismissShare)) {
      at += Math.round(random.logNormal(3_000, 0.8));
      happen({ type: 'guide_dismissed', ...stepIds });
      return sessions;
    }
    // Left the page mid-step; some come back another day and meet the same step again.
    if (resumed || !random.chance(0.3)) return sessions;
    resumed = true;
    later(random.exponential(2 * DAY));
    stepIndex--;
  }
  return sessions;
}

/** Adds identify and track events, stamps events as the SDK would, and cuts sessions into batches. */
function toBatches(random: Random, population: Population, user: BenchUser, sessions: Session[]): ReceivedBatch[] {
  const account = population.accounts[user.accountIndex]!;
  sessions.sort((a, b) => a.happenings[0]!.at - b.happenings[0]!.at);
  const batches: ReceivedBatch[] = [];
  sessions.forEach((session, i) => {
    const first = session.happenings[0]!.at;
    const extra: Happening[] = [];
    if (i === 0 || random.chance(0.2)) extra.push({ at: first - 20, event: { type: 'identify', traits: { ...user.traits }, accountTraits: { ...account.traits } } });
    if (random.chance(0.6)) {
      const last = session.happenings[session.happenings.length - 1]!.at;
      extra.push({ at: first + random.int(last - first + 1), event: { type: 'track', name: random.pick(TRACK_NAMES), props: { source: 'app' } } });
    }
    const happenings = [...extra, ...session.happenings].sort((a, b) => a.at - b.at);
    for (let from = 0; from < happenings.length; from += EVENT_LIMITS.maxEventsPerBatch) {
      const chunk = happenings.slice(from, from + EVENT_LIMITS.maxEventsPerBatch);
      const receivedAt = chunk[chunk.length - 1]!.at + 200 + random.int(2_800);
      const events = chunk.map(({ at, event }): ShirubeEvent => {
        const timestamp = at + user.clockSkewMs;
        const stamped = {
          id: seededUuidv7(timestamp, random),
          anonymousId: `anon-${user.id}`,
          userId: user.id,
          accountId: account.id,
          timestamp,
          path: session.path,
          locale: user.locale,
        };
        return { ...stamped, ...event } as ShirubeEvent;
      });
      // A few batches wait in an offline queue (their events then arrive after later ones), and a
      // few are sent twice after a lost response (the copy must change nothing).
      const delay = random.chance(0.02) ? Math.round(random.exponential(6 * HOUR)) : 0;
      const sent = { receivedAt: receivedAt + delay, batch: { sentAt: receivedAt + delay + user.clockSkewMs, events } };
      batches.push(sent);
      if (random.chance(0.01)) {
        const retryAfter = 5_000 + random.int(25_000);
        batches.push({ receivedAt: sent.receivedAt + retryAfter, batch: { sentAt: sent.batch.sentAt + retryAfter, events } });
      }
    }
  });
  return batches.sort((a, b) => a.receivedAt - b.receivedAt);
}
