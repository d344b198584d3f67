import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { freshPostgresTestUrl } from '../../apps/server/src/test-database.js';
import { createMigratedFile, openForBulkWrite, sqliteTarget } from './bench-database.js';
import { buildTables } from './build-database.js';
import type { PopulationOptions } from './population.js';
import { loadPostgres } from './postgres-database.js';
import { INGEST_TABLES } from './table-rows.js';

const dir = mkdtempSync(join(tmpdir(), 'shirube-bench-postgres-sink-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const population: PopulationOptions = {
  seed: 5,
  users: 120,
  usersPerAccount: 20,
  guides: 6,
  onboardingGuides: 2,
  stepsPerGuide: 5,
  endsAt: Date.UTC(2026, 2, 1),
  days: 90,
};
const TABLES = ['projects', 'guides', 'guide_versions', ...INGEST_TABLES];

/** A table's rows in an order that depends on their values only (not on either database's collation). */
function canonical(rows: Array<Record<string, unknown>>): Array<Record<string, unknown>> {
  const keyOf = (row: Record<string, unknown>) => JSON.stringify(Object.keys(row).sort().map((column) => row[column]));
  return rows.map((row) => ({ key: keyOf(row), row })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((r) => r.row);
}

// Runs under `pnpm test:postgres` (or with TEST_DATABASE_URL set), like the server's PostgreSQL tests.
describe.skipIf(!process.env.TEST_DATABASE_URL)('analytics benchmark on PostgreSQL', () => {
  it('loads the same rows, table for table, as the SQLite build of the same population', async () => {
    const file = join(dir, 'built.db');
    await createMigratedFile(file);
    const sqlite = openForBulkWrite(file, 64);
    // Small slices so the population spans many transactions on both sides.
    const viaSqlite = await buildTables(sqliteTarget(sqlite, 7), population, () => {});

    const client = new pg.Client({
      connectionString: (await freshPostgresTestUrl())!,
      types: { getTypeParser: ((oid: number, format: 'text') => (oid === 20 ? Number : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser },
    });
    await client.connect();
    try {
      const viaPostgres = await loadPostgres(client, population, () => {});
      expect(viaPostgres).toEqual(viaSqlite);
      for (const table of TABLES) {
        const expected = canonical(sqlite.prepare(`select * from ${table}`).all() as Array<Record<string, unknown>>);
        expect(expected.length, table).toBeGreaterThan(0);
        expect(canonical((await client.query(`select * from ${table}`)).rows), table).toEqual(expected);
      }
    } finally {
      await client.end();
      sqlite.close();
    }
  }, 60_000);
});
