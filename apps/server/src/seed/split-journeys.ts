import { splitGroup } from '@shirube/core';
import { EVERYONE, plainText, uuidv7, type GuideInput, type PublishedGuide, type ShirubeEvent, type Split } from '@shirube/schema';
import { DAY, officeTime, type SampleAccount, type SampleUser } from './sample-accounts.js';
import type { Random } from './seeded-random.js';

const HOUR = 3_600_000;

/**
 * The demo's A/B test: a reminder on the dashboard, for people who have been using Keihi for a day
 * or more, that a report reaches their approver only once they submit it. Three in ten are held out,
 * so the console can show what the reminder changes in submitted reports.
 */
export const SUBMIT_REMINDER_GUIDE: GuideInput = {
  name: 'Reminder: submit your drafts',
  displayRules: { urlPatterns: ['/'] },
  theme: { brandColor: '#4f46e5', radius: 12 },
  targeting: { audience: EVERYONE, split: { holdoutPercent: 30, goalEvent: 'report_submitted' } },
  steps: [
    {
      id: 'drafts',
      kind: 'modal',
      title: 'Drafts wait for you',
      advance: 'next',
      content: plainText('A report reaches your approver only after you press “Submit for approval” on it. Open Reports to send the drafts you have.'),
    },
  ],
};

/** Share of each side who submit a report after the reminder would have shown: it visibly helps. */
const SUBMITS = { shown: 0.6, holdout: 0.35 } as const;

/** Members of each side so far: every side converts at exactly its share, whichever users the draw puts there. */
export type SplitTally = Record<'shown' | 'holdout', number>;

/**
 * What the SDK and the app record for one person around the reminder: on their next visit after
 * the first, their side of the holdout, the reminder for those shown it, and whether they submit a
 * report afterwards (some already had, which must not count). Stalled companies never come back.
 */
export function simulateSplitUser(random: Random, tally: SplitTally, guide: PublishedGuide, account: SampleAccount, user: SampleUser, now: number): ShirubeEvent[] {
  const split = guide.targeting?.split as Split;
  if (account.stalled || user.joinedDaysAgo < 2) return [];
  const events: ShirubeEvent[] = [];
  let at = officeTime(random, now, user.joinedDaysAgo - 1, account.utcOffsetHours);
  const record = (draft: Record<string, unknown>, path: string, after: number) => {
    at += after;
    const timestamp = at + user.clockSkewMs;
    events.push({ ...draft, id: uuidv7(timestamp), anonymousId: user.anonymousId, userId: user.userId, accountId: account.accountId, timestamp, path, locale: user.locale } as ShirubeEvent);
  };
  const ids = { guideId: guide.id, guideVersion: guide.version };
  const step = { ...ids, stepId: guide.steps[0]!.id, stepIndex: 0 };
  // Submitted on their first day already, before any reminder: not a conversion.
  if (random.chance(0.15)) record({ type: 'track', name: split.goalEvent, props: { category: 'travel' } }, '/reports/r-first', -2 * HOUR);
  const group = splitGroup(split, guide.id, user.userId);
  record({ type: 'split_assigned', ...ids, group }, '/', 2 * HOUR + random.int(0, 60_000));
  if (group === 'shown') {
    record({ type: 'guide_started', ...ids }, '/', 40);
    record({ type: 'step_viewed', ...step }, '/', random.int(150, 900));
    const dismissed = random.chance(0.2);
    record({ type: dismissed ? 'guide_dismissed' : 'step_completed', ...step }, '/', random.duration(6_000, 0.7));
    if (!dismissed) record({ type: 'guide_completed', ...ids }, '/', 20);
  }
  // Guide ids differ per install and so does the draw; quotas keep the demo's answer the same.
  const nth = tally[group]++;
  if (Math.floor((nth + 1) * SUBMITS[group]) > Math.floor(nth * SUBMITS[group])) {
    record({ type: 'track', name: 'report_created', props: { category: 'meals' } }, '/reports/new', random.duration(3 * 60_000, 1));
    record({ type: 'track', name: split.goalEvent, props: { category: 'meals' } }, '/reports/r-next', Math.min(random.duration(HOUR, 1.5), DAY / 2));
  }
  return events.sort((a, b) => a.timestamp - b.timestamp);
}
