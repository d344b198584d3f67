import { userBatches } from './journeys.js';
import { guideFactsOf, writeCatalog } from './catalog.js';
import { createPopulation, type PopulationOptions } from './population.js';
import type { RowSink } from './row-sink.js';
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

/** A database being built: where rows go, and how each slice of users is stored. */
export interface BuildTarget {
  sink: RowSink;
  /** Users folded per `write`: a slice small enough to report progress and bound buffered rows. */
  usersPerWrite: number;
  /**
   * Runs `work`, which adds rows to the sink, and stores them (SQLite: in one transaction). It may
   * resolve before they are stored, so the next slice is folded meanwhile; `settle` waits for them.
   */
  write(work: () => void): Promise<void>;
  /** Resolves when every row written so far is stored; rejects if any write failed. */
  settle(): Promise<void>;
}

/** What a build stored. */
export interface BuiltTables {
  users: number;
  accounts: number;
  events: number;
}

/**
 * Generates the population and writes it through `target` into a database with the server's
 * schema: catalog, raw events and every analytics table, as ingest would have left them. The same
 * population and the same fold whichever database the target writes.
 */
export async function buildTables(target: BuildTarget, options: PopulationOptions, log: (line: string) => void): Promise<BuiltTables> {
  const started = Date.now();
  const population = createPopulation(options);
  await target.write(() => writeCatalog(target.sink, population));
  const builder = createTableBuilder(target.sink, population.projectId, guideFactsOf(population));

  let events = 0;
  let reported = 0;
  const users = population.users;
  for (let from = 0; from < users.length; from += target.usersPerWrite) {
    await target.write(() => {
      for (const user of users.slice(from, from + target.usersPerWrite)) events += builder.addUser(userBatches(population, user));
    });
    const done = Math.min(users.length, from + target.usersPerWrite);
    if (done / users.length >= reported + 0.1 || done === users.length) {
      reported = done / users.length;
      const seconds = (Date.now() - started) / 1000;
      log(`  ${Math.round(reported * 100)}%: ${done.toLocaleString('en')} users, ${events.toLocaleString('en')} events, ${seconds.toFixed(0)} s (${Math.round(events / seconds).toLocaleString('en')} events/s)`);
    }
  }
  await target.write(() => builder.finish());
  await target.settle();
  return { users: users.length, accounts: population.accounts.length, events };
}

/** A built database ready to be read, whichever engine holds it. */
export interface BenchDatabase {
  /** What the server's `openDatabase` takes. */
  url: string;
  /** Runs one raw SQL query (`?` placeholders) on a connection of its own, outside the server's repo functions. */
  rawQuery(sql: string, params: readonly unknown[]): Promise<unknown>;
  /** Closes its connections and deletes what the run made, unless it is kept for `--reuse`. */
  close(): Promise<void>;
}

/** How run.ts asks for a database. */
export interface PrepareOptions {
  events: number;
  reuse: boolean;
  /** A SQLite file or a postgres:// URL; a temporary one when absent. */
  location?: string;
  log: (line: string) => void;
}

const DAY = 86_400_000;

/** The population for a run: the period ends at the start of today (UTC), so "stalled for 7 days" means what it will in production. */
export const runPopulation = (events: number): PopulationOptions => populationFor(events, Math.floor(Date.now() / DAY) * DAY);

/** The line announcing a build. */
export const buildingLine = (where: string, o: PopulationOptions) =>
  `Building ${where}: ${o.users.toLocaleString('en')} users, ${o.guides} guides of ${o.stepsPerGuide} steps, ${o.days} days`;

/** The line reporting a finished build. */
export const builtLine = (built: BuiltTables, ms: number, bytes: number) =>
  `Built ${built.events.toLocaleString('en')} events for ${built.users.toLocaleString('en')} users in ${built.accounts.toLocaleString('en')} accounts in ${(ms / 1000).toFixed(0)} s; ${(bytes / 2 ** 30).toFixed(2)} GiB`;
