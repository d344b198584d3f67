import { plainText, type GuideInput } from '@shirube/schema';
import { event, postEvents, publishedGuide, type TestContext } from '../test-support.js';

/** Test-only: scripted end users and their journeys through a guide, posted like the SDK would. */

export const DAY = 86_400_000;

/** A guide of `steps` tooltips named s0, s1, …. */
export function stepsGuide(name: string, steps: number, onboarding = false): GuideInput {
  const target = { v: 1 as const, tag: 'button' };
  return {
    name,
    onboarding,
    steps: Array.from({ length: steps }, (_, i) => ({ id: `s${i}`, kind: 'tooltip' as const, title: `Step ${i + 1}`, content: plainText('Here'), advance: 'next' as const, target })),
  };
}

/** Who an end user is. */
export interface Person {
  userId: string;
  accountId?: string;
  traits?: Record<string, string | number | boolean | null>;
  accountTraits?: Record<string, string | number | boolean | null>;
  locale?: string;
}

/** How far a user gets: the last step index they view, and how their run ends. */
export interface Journey {
  /** Index of the last step viewed (-1: started only). */
  reach: number;
  end: 'complete' | 'dismiss' | 'leave';
  /** Milliseconds between a step's view and its completion. */
  stepMs?: number;
  /** Step index where the element went missing, with the reason. */
  missing?: { step: number; reason: 'not_found' | 'not_visible' | 'ambiguous' };
}

/** The SDK events of one journey, starting at `start` (ms). */
export function journeyEvents(guide: { id: string; version: number }, person: Person, journey: Journey, start: number): Record<string, unknown>[] {
  const who = { anonymousId: `anon-${person.userId}`, userId: person.userId, ...(person.accountId && { accountId: person.accountId }), ...(person.locale && { locale: person.locale }) };
  const g = { guideId: guide.id, guideVersion: guide.version };
  const stepMs = journey.stepMs ?? 5_000;
  let clock = start;
  const at = (ms = 100) => (clock += ms);
  const events = [event({ type: 'identify', ...who, traits: person.traits ?? {}, accountTraits: person.accountTraits ?? {} }, at(0)), event({ type: 'guide_started', ...who, ...g }, at())];
  for (let i = 0; i <= journey.reach; i++) {
    const step = { ...g, stepId: `s${i}`, stepIndex: i };
    events.push(event({ type: 'step_viewed', ...who, ...step }, at()));
    if (journey.missing?.step === i) events.push(event({ type: 'target_missing', ...who, ...step, reason: journey.missing.reason }, at()));
    const last = i === journey.reach;
    if (!last || journey.end === 'complete') events.push(event({ type: 'step_completed', ...who, ...step }, at(stepMs)));
    if (last && journey.end === 'dismiss') events.push(event({ type: 'guide_dismissed', ...who, ...step }, at()));
  }
  if (journey.end === 'complete') events.push(event({ type: 'guide_completed', ...who, ...g }, at()));
  return events;
}

/** Posts a journey as one batch sent right after its last event, so stored times equal event times. */
export async function walk(t: TestContext, guide: { id: string; version: number }, person: Person, journey: Journey, start = Date.now() - DAY): Promise<void> {
  const events = journeyEvents(guide, person, journey, start);
  const sentAt = Math.max(...events.map((e) => e.timestamp as number));
  const res = await withServerClock(sentAt, () => postEvents(t, events, sentAt));
  if (res.status !== 202) throw new Error(`events refused: ${res.status} ${await res.text()}`);
}

/**
 * Runs `post` while the server's clock reads `now`: ingest dates events by the server clock minus
 * how long ago the client says they happened, so a past journey lands on its past days.
 */
async function withServerClock<T>(now: number, post: () => Promise<T>): Promise<T> {
  const real = Date.now;
  Date.now = () => now;
  try {
    return await post();
  } finally {
    Date.now = real;
  }
}

/** Creates and publishes a guide of `steps` steps. */
export const publishSteps = (t: TestContext, name: string, steps: number, onboarding = false) => publishedGuide(t, stepsGuide(name, steps, onboarding));
