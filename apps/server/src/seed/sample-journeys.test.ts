import { plainText, type PublishedGuide, type Step } from '@shirube/schema';
import { describe, expect, it } from 'vitest';
import { sampleAccounts } from './sample-accounts.js';
import { simulateUser, type DemoGuideSet } from './sample-journeys.js';
import { createRandom } from './seeded-random.js';

const NOW = Date.UTC(2026, 10, 30, 3);

function guide(id: string, stepCount: number): PublishedGuide {
  const steps: Step[] = Array.from({ length: stepCount }, (_, i) => ({ id: `s${i}`, kind: 'modal', title: `Step ${i}`, content: plainText('.'), advance: 'next', placement: 'auto' }));
  return { id, version: 1, name: id, steps, displayRules: { urlPatterns: [] }, theme: { brandColor: '#4f46e5', radius: 12 } };
}

const GUIDES: DemoGuideSet = {
  welcome: guide('welcome', 3),
  createReport: guide('create', 4),
  sendReport: guide('send', 3),
  findReports: guide('find', 3),
  settings: guide('settings', 2),
};

function everyone(seed: number) {
  const random = createRandom(seed);
  return sampleAccounts(random).flatMap((account) => account.users.map((user) => ({ account, user, events: simulateUser(random, GUIDES, account, user, NOW) })));
}

describe('sample people and journeys', () => {
  it('are the same on every run with the same seed, and differ with another', () => {
    const shape = (seed: number) => everyone(seed).map(({ user, events }) => [user.userId, events.map((e) => `${e.type}@${e.timestamp}`)]);
    expect(shape(5)).toEqual(shape(5));
    expect(shape(5)).not.toEqual(shape(6));
  });

  it('mix plans, roles and languages: mostly Japanese, some English', () => {
    const accounts = sampleAccounts(createRandom(20_261_130));
    expect(new Set(accounts.map((a) => a.traits.plan))).toEqual(new Set(['free', 'business', 'enterprise']));
    expect(accounts.every((a) => a.users[0]!.traits.role === 'admin')).toBe(true);
    const users = accounts.flatMap((a) => a.users);
    expect(new Set(users.map((u) => u.traits.role))).toEqual(new Set(['admin', 'member', 'approver']));
    const japanese = users.filter((u) => u.locale === 'ja-JP').length / users.length;
    expect(japanese).toBeGreaterThan(0.55);
    expect(japanese).toBeLessThan(0.9);
    expect(new Set(users.map((u) => u.userId)).size).toBe(users.length);
  });

  it("stamp every event with the person, their company and their language, in time order on their clock", () => {
    for (const { account, user, events } of everyone(20_261_130)) {
      expect(events[0]!.type).toBe('identify');
      for (const event of events) expect(event).toMatchObject({ userId: user.userId, accountId: account.accountId, anonymousId: user.anonymousId, locale: user.locale });
      const times = events.map((e) => e.timestamp);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(times.at(-1)! - user.clockSkewMs).toBeLessThan(NOW);
    }
  });

  it('never show a guide again after it was completed or dismissed', () => {
    for (const { events } of everyone(3)) {
      const finished = new Set<string>();
      for (const event of events) {
        if (!('guideId' in event)) continue;
        expect(finished.has(event.guideId)).toBe(false);
        if (event.type === 'guide_completed' || event.type === 'guide_dismissed') finished.add(event.guideId);
      }
    }
  });
});
