import { renameSync, rmSync, statSync } from 'node:fs';
import { createMigratedFile, openForBulkWrite } from './bench-database.js';
import { guideFactsOf, writeCatalog } from './catalog.js';
import { userBatches } from './journeys.js';
import { createPopulation, type PopulationOptions } from './population.js';
import { createTableBuilder } from './table-builder.js';

/** The population the issue asks for at 10 M events: 200 guides of 5 steps, 100k users in ~5k accounts, 90 days. */
export const FULL_SIZE = { events: 10_000_000, users: 100_000 } as const;

/** Population options for a run aiming at `events` raw events (users scale with it; ~115 events a user). */
export function populationFor(events: number, endsAt: number): PopulationOptions {
  return {
    seed: 20_251_201,
    users: Math.max(50, Math.ceil((FULL_SIZE.users * events) / FULL_SIZE.events)),
    usersPerAccount: 20,
    guides: 200,
    onboardingGuides: 10,
    stepsPerGuide: 5,
    endsAt,
    days: 90,
  };
}

export interface BuildResult {
  users: number;
  accounts: number;
  events: number;
  ms: number;
  bytes: number;
}

/** Users per write transaction: large enough that commits cost nothing, small enough to report progress. */
const USERS_PER_TRANSACTION = 2_000;
const CACHE_MIB = 6_144;

/**
 * Generates the population and writes it into a new SQLite file with the server's schema: catalog,
 * raw events and every analytics table, as ingest would have left them. Builds into `file.partial`
 * and renames at the end, so an existing `file` is always complete.
 */
export async function buildBenchDatabase(file: string, options: PopulationOptions, log: (line: string) => void): Promise<BuildResult> {
  const started = Date.now();
  const partial = `${file}.partial`;
  for (const leftover of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(leftover, { force: true });
  const population = createPopulation(options);
  await createMigratedFile(partial);
  const sqlite = openForBulkWrite(partial, CACHE_MIB);
  writeCatalog(sqlite, population);
  const builder = createTableBuilder(sqlite, population.projectId, guideFactsOf(population));

  let events = 0;
  let reported = 0;
  const users = population.users;
  for (let from = 0; from < users.length; from += USERS_PER_TRANSACTION) {
    sqlite.transaction(() => {
      for (const user of users.slice(from, from + USERS_PER_TRANSACTION)) events += builder.addUser(userBatches(population, user));
    })();
    const done = Math.min(users.length, from + USERS_PER_TRANSACTION);
    if (done / users.length >= reported + 0.1 || done === users.length) {
      reported = done / users.length;
      const seconds = (Date.now() - started) / 1000;
      log(`  ${Math.round(reported * 100)}%: ${done.toLocaleString('en')} users, ${events.toLocaleString('en')} events, ${seconds.toFixed(0)} s (${Math.round(events / seconds).toLocaleString('en')} events/s)`);
    }
  }
  sqlite.transaction(() => builder.finish())();
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.close();
  renameSync(partial, file);
  return { users: users.length, accounts: population.accounts.length, events, ms: Date.now() - started, bytes: statSync(file).size };
}
