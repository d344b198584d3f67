import { parseWith, EventBatchSchema, type EventBatch } from '@shirube/schema';
import { describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase, type Database } from '../db/database.js';
import { ingestBatch } from '../events/ingest.js';
import { publishedGuide, setupTest } from '../test-support.js';
import { journeyEvents, stepsGuide, type Journey } from './analytics-fixture.js';
import { MAINTAINED_TABLES } from './maintained-tables.js';

async function snapshot(db: Database) {
  const out: Record<string, unknown[]> = {};
  for (const table of MAINTAINED_TABLES) {
    const rows = (await db.selectFrom(table).selectAll().execute()) as Record<string, unknown>[];
    out[table] = rows
      // A bucket or hour emptied by a later move is the same as one never filled.
      .filter((row) => !('bucket' in row && row.users === 0) && !('hour' in row && row.started_users === 0 && row.completed_users === 0 && row.dismissed_users === 0))
      .map((row) => JSON.stringify(row))
      .sort();
  }
  return out;
}

/** A seeded PRNG, so a failure replays. */
function random(seed: number) {
  return () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
}

describe('ingest order', () => {
  it('builds the same analytics from shuffled, split and repeated batches as from an in-order replay', async () => {
    const t = await setupTest();
    const projectId = t.project.project.id;
    const tour = await publishedGuide(t, stepsGuide('Tour', 4, true));
    const setup = await publishedGuide(t, stepsGuide('Setup', 2, true));
    const rand = random(42);
    const events: Array<Record<string, unknown>> = [];
    const start = Date.UTC(2026, 10, 1);
    for (let u = 0; u < 40; u++) {
      const person = { userId: `u${u}`, accountId: `acct${u % 6}`, accountTraits: { name: `Account ${u % 6}`, plan: u % 2 ? 'pro' : 'free' }, traits: { role: u % 3 ? 'member' : 'admin' }, locale: u % 4 ? 'ja-JP' : 'en-US' };
      for (const guide of [tour, setup]) {
        const reach = Math.floor(rand() * 5) - 1;
        const journey: Journey = {
          reach: Math.min(reach, guide === tour ? 3 : 1),
          end: rand() < 0.5 ? 'complete' : rand() < 0.5 ? 'dismiss' : 'leave',
          stepMs: Math.floor(rand() * 600_000),
          ...(rand() < 0.3 && { missing: { step: 0, reason: rand() < 0.5 ? 'not_found' : 'ambiguous' } }),
        };
        const first = start + Math.floor(rand() * 20 * 86_400_000);
        events.push(...journeyEvents(guide, person, journey, first));
        // Some come back hours later (another tab, another device) and do it again: first times must stay the earliest.
        if (rand() < 0.5) events.push(...journeyEvents(guide, person, { ...journey, stepMs: Math.floor(rand() * 600_000) }, first + Math.floor(rand() * 30) * 3_600_000));
      }
    }
    const sentAt = start + 30 * 86_400_000;
    const batch = (list: Array<Record<string, unknown>>): EventBatch => {
      const parsed = parseWith(EventBatchSchema, { sentAt, events: list });
      if (!parsed.ok) throw new Error(parsed.message);
      return parsed.value;
    };

    // In order, 100 at a time.
    const ordered = [...events].sort((a, b) => (a.timestamp as number) - (b.timestamp as number));
    for (let i = 0; i < ordered.length; i += 100) await ingestBatch(t.db, projectId, batch(ordered.slice(i, i + 100)), sentAt);

    // The same events into a copy of the project: shuffled, in uneven batches, a third of them twice.
    const copy = openDatabase(':memory:');
    await migrateToLatest(copy);
    for (const table of ['projects', 'guides', 'guide_versions'] as const) {
      const rows = await t.db.selectFrom(table).selectAll().execute();
      if (rows.length) await copy.insertInto(table).values(rows as never).execute();
    }
    const shuffled = [...events].sort(() => rand() - 0.5);
    for (let i = 0; i < shuffled.length; ) {
      const size = 1 + Math.floor(rand() * 60);
      const slice = shuffled.slice(i, i + size);
      await ingestBatch(copy, projectId, batch(slice), sentAt);
      if (rand() < 0.33) expect((await ingestBatch(copy, projectId, batch(slice), sentAt)).accepted).toBe(0);
      i += size;
    }

    const expected = await snapshot(t.db);
    expect(expected.onboarding_users!.length).toBeGreaterThan(20);
    expect(expected.guide_step_durations!.length).toBeGreaterThan(10);
    expect(await snapshot(copy)).toEqual(expected);
  });
});
