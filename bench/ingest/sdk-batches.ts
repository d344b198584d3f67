import { uuidv7 } from '@shirube/schema';

/** A published guide the batches report on: its id, version and step ids. */
export interface BenchGuide {
  id: string;
  version: number;
  stepIds: string[];
}

const USERS = 2_000;
const ACCOUNTS = 80;
const PATHS = ['/', '/reports', '/reports/new', '/approvals', '/settings'];

/**
 * What one browser tab sends in a batch, the way the SDK queues it: an identify, a guide started,
 * its steps viewed and completed, a finish or a dismissal, and `track` events in between, all
 * for one user of one account, with fresh time-ordered ids. `seq` picks the user and guide, so
 * successive batches spread over many people and guides.
 */
export function sdkBatch(seq: number, guides: readonly BenchGuide[], size: number, now = Date.now()): { sentAt: number; events: unknown[] } {
  const user = (seq * 7919) % USERS;
  const base = { anonymousId: `anon-${user}`, userId: `user-${user}`, accountId: `acct-${user % ACCOUNTS}`, locale: user % 5 === 0 ? 'en-US' : 'ja-JP' };
  const events: unknown[] = [];
  const push = (fields: Record<string, unknown>) => {
    const timestamp = now - (size - events.length) * 40;
    events.push({ id: uuidv7(timestamp), timestamp, path: PATHS[(seq + events.length) % PATHS.length], ...base, ...fields });
  };
  push({ type: 'identify', traits: { plan: user % 3 === 0 ? 'pro' : 'free', role: 'member' }, accountTraits: { plan: 'pro', seats: 25 } });
  let round = 0;
  while (events.length < size) {
    const guide = guides[(seq + round++) % guides.length]!;
    const onGuide = { guideId: guide.id, guideVersion: guide.version };
    push({ type: 'guide_started', ...onGuide });
    for (const [stepIndex, stepId] of guide.stepIds.entries()) {
      if (events.length >= size - 1) break;
      push({ type: 'step_viewed', ...onGuide, stepId, stepIndex });
      push({ type: 'step_completed', ...onGuide, stepId, stepIndex });
    }
    if (events.length < size) push(round % 4 === 0 ? { type: 'guide_dismissed', ...onGuide, stepId: guide.stepIds[0], stepIndex: 0 } : { type: 'guide_completed', ...onGuide });
    for (let i = 0; i < 3 && events.length < size; i++) push({ type: 'track', name: `report_${['created', 'submitted', 'approved'][i]}`, props: { amount: 1200 + i } });
  }
  return { sentAt: now, events: events.slice(0, size) };
}
