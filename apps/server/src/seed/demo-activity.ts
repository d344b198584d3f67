import { EVENT_LIMITS, type EventBatch, type ShirubeEvent } from '@shirube/schema';
import type { Database } from '../db/database.js';
import { ingestBatch } from '../events/ingest.js';
import { demoChecklist } from './demo-checklist.js';
import { DEMO_GUIDE } from './demo-guide.js';
import { CREATE_REPORT_GUIDE, FIND_REPORTS_GUIDE, SEND_REPORT_GUIDE, SETTINGS_GUIDE } from './demo-guides.js';
import { seedDemoTargeting } from './demo-targeting.js';
import { ensurePublishedGuide } from './published-guide.js';
import { sampleAccounts } from './sample-accounts.js';
import { REIMBURSEMENT_HELP_GUIDE, RECEIPT_HELP_GUIDE, simulateHelpSearches } from './sample-help-searches.js';
import { simulateUser, type DemoGuideSet } from './sample-journeys.js';
import { simulateSplitUser, SUBMIT_REMINDER_GUIDE } from './split-journeys.js';
import { createRandom, type Random } from './seeded-random.js';
import { seedSampleAuditLog } from './sample-audit-log.js';
import { seedSampleHealthCheck } from './sample-health-check.js';
import { seedSampleWebhook } from './sample-webhook.js';

/** What the sample activity added, for the start banner. */
export interface SampleActivity {
  accounts: number;
  users: number;
  events: number;
}

/** The SDK sends what it queued this long after the first event (its flush debounce). */
const FLUSH_AFTER_MS = 1_000;

/**
 * Gives the demo project a month of plausible use by about thirty customer companies, so the
 * analytics pages of a fresh install show funnels, stuck points and accounts instead of empty
 * states. Runs only while the project has no events: a re-run, or a demo someone has already
 * clicked through, is left alone (null). The events go through the real ingestion, batch by
 * batch as the SDK would send them, so every table ingestion fills is filled consistently.
 */
export async function seedDemoActivity(db: Database, projectId: string, { now = Date.now(), seed = 20_261_130 } = {}): Promise<SampleActivity | null> {
  const anyEvent = await db.selectFrom('events').select('id').where('project_id', '=', projectId).limit(1).executeTakeFirst();
  if (anyEvent) return null;
  const guides = await publishDemoGuides(db, projectId);
  const reminder = await ensurePublishedGuide(db, projectId, SUBMIT_REMINDER_GUIDE);
  await seedDemoTargeting(db, projectId);
  await ensurePublishedGuide(db, projectId, demoChecklist({ welcome: guides.welcome.id, createReport: guides.createReport.id }));
  const random = createRandom(seed);
  // Its own stream, so the A/B sample leaves the other journeys as they were.
  const splitRandom = createRandom(seed + 1);
  const tally = { shown: 0, holdout: 0 };
  const accounts = sampleAccounts(random);
  let users = 0;
  let events = 0;
  for (const account of accounts) {
    for (const user of account.users) {
      const recorded = simulateUser(random, guides, account, user, now);
      for (const { batch, receivedAt } of deliveries(random, recorded, user.clockSkewMs)) await ingestBatch(db, projectId, batch, receivedAt);
      const split = simulateSplitUser(splitRandom, tally, reminder, account, user, now);
      for (const { batch, receivedAt } of deliveries(splitRandom, split, user.clockSkewMs)) await ingestBatch(db, projectId, batch, receivedAt);
      users++;
      events += recorded.length + split.length;
    }
  }
  // Help-launcher searches: the same users, through the same ingestion, after their guide activity.
  const helpGuides = [await ensurePublishedGuide(db, projectId, RECEIPT_HELP_GUIDE), await ensurePublishedGuide(db, projectId, REIMBURSEMENT_HELP_GUIDE)];
  const userOf = new Map(accounts.flatMap((a) => a.users.map((u) => [u.userId, u] as const)));
  for (const searches of simulateHelpSearches(random, accounts, helpGuides, now)) {
    const skew = userOf.get(searches[0]?.userId ?? '')?.clockSkewMs ?? 0;
    for (const { batch, receivedAt } of deliveries(random, searches, skew)) await ingestBatch(db, projectId, batch, receivedAt);
    events += searches.length;
  }
  await seedSampleAuditLog(db, projectId, [guides.welcome, guides.createReport, reminder]);
  await seedSampleHealthCheck(db, projectId, now);
  // After the activity: the sample endpoint is off, and ingestion must not queue deliveries for it.
  await seedSampleWebhook(db, projectId, guides.createReport, now);
  return { accounts: accounts.length, users, events };
}

/** The welcome guide seedDemo made, plus the demo's other guides, published in the order they take priority. */
async function publishDemoGuides(db: Database, projectId: string): Promise<DemoGuideSet> {
  return {
    welcome: await ensurePublishedGuide(db, projectId, DEMO_GUIDE),
    createReport: await ensurePublishedGuide(db, projectId, CREATE_REPORT_GUIDE),
    sendReport: await ensurePublishedGuide(db, projectId, SEND_REPORT_GUIDE),
    findReports: await ensurePublishedGuide(db, projectId, FIND_REPORTS_GUIDE),
    settings: await ensurePublishedGuide(db, projectId, SETTINGS_GUIDE),
  };
}

/**
 * One person's events cut into the batches the SDK would post: what was queued within a second
 * of the first event, at most 100. `sentAt` is on the person's clock like the events, and
 * `receivedAt` is the true time a little later, so the server's skew correction puts each event
 * back at the moment it really happened.
 */
export function deliveries(random: Random, events: readonly ShirubeEvent[], clockSkewMs: number): Array<{ batch: EventBatch; receivedAt: number }> {
  const out: Array<{ batch: EventBatch; receivedAt: number }> = [];
  let start = 0;
  while (start < events.length) {
    const flushAt = events[start]!.timestamp + FLUSH_AFTER_MS;
    let end = start + 1;
    while (end < events.length && end - start < EVENT_LIMITS.maxEventsPerBatch && events[end]!.timestamp <= flushAt) end++;
    const sentAt = Math.max(flushAt, events[end - 1]!.timestamp) + random.int(0, 40);
    out.push({ batch: { sentAt, events: events.slice(start, end) }, receivedAt: sentAt - clockSkewMs + random.int(30, 300) });
    start = end;
  }
  return out;
}
