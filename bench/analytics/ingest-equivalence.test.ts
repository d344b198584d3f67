import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../apps/server/src/db/database.js';
import { ingestBatch } from '../../apps/server/src/events/ingest.js';
import { createMigratedFile, openForBulkWrite } from './bench-database.js';
import { guideFactsOf, writeCatalog } from './catalog.js';
import { userBatches, type ReceivedBatch } from './journeys.js';
import { createPopulation } from './population.js';
import { createTableBuilder } from './table-builder.js';
import { INGEST_TABLES, sortedRows } from './table-rows.js';

const dir = mkdtempSync(join(tmpdir(), 'shirube-bench-equivalence-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A small slice of the benchmark's population: the same generator, fewer users and guides.
const population = createPopulation({
  seed: 11,
  users: 200,
  usersPerAccount: 20,
  guides: 8,
  onboardingGuides: 3,
  stepsPerGuide: 5,
  endsAt: Date.UTC(2026, 2, 1),
  days: 90,
});
// Every tenth user's device flushes its queue newest first, so their events arrive out of order and
// first-time fields, hourly counts and time-on-step buckets have to move.
const perUser = population.users.map((user) => {
  const batches = userBatches(population, user);
  return user.index % 10 === 0 ? batches.reverse() : batches;
});

/** Every batch in one arrival order: users interleave by time, each user's batches in their list's order. */
function arrivalOrder(): ReceivedBatch[] {
  const slotted = perUser.flatMap((batches) => {
    const slots = batches.map((b) => b.receivedAt).sort((a, b) => a - b);
    return batches.map((received, i) => ({ slot: slots[i]!, received }));
  });
  return slotted.sort((a, b) => a.slot - b.slot).map((s) => s.received);
}

describe('analytics benchmark table builder', () => {
  it('samples the cases the tables must get right', () => {
    const events = perUser.flat().flatMap((b) => b.batch.events);
    const types = new Set(events.map((e) => e.type));
    expect([...types].sort()).toEqual(['guide_completed', 'guide_dismissed', 'guide_started', 'identify', 'step_completed', 'step_viewed', 'target_missing', 'track']);
    const reasons = new Set(events.flatMap((e) => (e.type === 'target_missing' ? [e.reason] : [])));
    expect(reasons.size).toBeGreaterThanOrEqual(2);
    expect(events.some((e) => 'guideVersion' in e && e.guideVersion === 2)).toBe(true);
    // Retried batches (duplicates) and batches delivered after later ones (events out of order).
    const ids = events.map((e) => e.id);
    expect(new Set(ids).size).toBeLessThan(ids.length);
    expect(perUser.some((batches) => batches.some((b, i) => i > 0 && b.batch.events[0]!.timestamp < batches[i - 1]!.batch.events.at(-1)!.timestamp))).toBe(true);
  });

  it('writes the same rows as ingesting the same batches through ingestBatch', async () => {
    const ingested = join(dir, 'ingested.db');
    await createMigratedFile(ingested);
    const catalogWriter = new SQLite(ingested);
    writeCatalog(catalogWriter, population);
    catalogWriter.close();
    const db = openDatabase(ingested);
    for (const { receivedAt, batch } of arrivalOrder()) await ingestBatch(db, population.projectId, batch, receivedAt);
    await db.destroy();

    const built = join(dir, 'built.db');
    await createMigratedFile(built);
    const builderDb = openForBulkWrite(built, 64);
    writeCatalog(builderDb, population);
    const builder = createTableBuilder(builderDb, population.projectId, guideFactsOf(population));
    builderDb.transaction(() => {
      for (const batches of perUser) builder.addUser(batches);
      builder.finish();
    })();

    const expected = new SQLite(ingested, { readonly: true });
    for (const table of INGEST_TABLES) {
      const rows = sortedRows(builderDb, table);
      expect(rows.length, table).toBeGreaterThan(0);
      expect(rows, table).toEqual(sortedRows(expected, table));
    }
    expected.close();
    builderDb.close();
  }, 30_000);
});
