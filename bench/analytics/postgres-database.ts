import pg from 'pg';
import { migrateToLatest, openDatabase } from '../../apps/server/src/db/database.js';
import { startTemporaryPostgres, type TemporaryPostgres } from '../../apps/server/src/db/temporary-postgres.js';
import {
  buildingLine,
  buildTables,
  builtLine,
  runPopulation,
  type BenchDatabase,
  type BuildTarget,
  type BuiltTables,
  type PrepareOptions,
} from './build-database.js';
import type { PopulationOptions } from './population.js';
import { createPostgresSink } from './postgres-sink.js';

/** Users folded per flush: while PostgreSQL stores one slice, the next is folded in JavaScript. */
const USERS_PER_SLICE = 250;

/** The URL without its password, for the log. */
function shown(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

/**
 * What the database at `url` holds: nothing yet, a finished build (its project-wide counters are
 * written last), or an unfinished one.
 */
async function buildState(client: pg.Client): Promise<'empty' | 'built' | 'unfinished'> {
  const { rows } = await client.query<{ exists: boolean }>(`select to_regclass('projects') is not null as exists`);
  if (!rows[0]!.exists) return 'empty';
  const count = async (table: string) => Number((await client.query<{ n: string }>(`select count(*) as n from ${table}`)).rows[0]!.n);
  if ((await count('projects')) === 0) return 'empty';
  return (await count('guide_stats')) > 0 ? 'built' : 'unfinished';
}

/**
 * A build target over one connection. Each statement commits on its own (cheap with
 * synchronous_commit off; an interrupted build is rebuilt, not resumed), so a flush's first
 * statement, a slice's raw events, leaves at once and PostgreSQL stores it while the next slice
 * is folded. One flush at a time keeps slices in order.
 */
async function postgresTarget(client: pg.Client): Promise<BuildTarget> {
  const sink = await createPostgresSink(client);
  let inFlight: Promise<void> = Promise.resolve();
  return {
    sink,
    usersPerWrite: USERS_PER_SLICE,
    async write(work) {
      work();
      await inFlight;
      inFlight = sink.flush();
      // Failures surface at the next write or at settle; until then the rejection is held, not unhandled.
      inFlight.catch(() => {});
    },
    settle: () => inFlight,
  };
}

/**
 * Loads `population` into the migrated, empty database `client` is connected to, then runs VACUUM
 * ANALYZE, as an operator would after a bulk load (fresh planner statistics, and a visibility map
 * that lets index-only scans skip the table).
 */
export async function loadPostgres(client: pg.Client, population: PopulationOptions, log: (line: string) => void): Promise<BuiltTables> {
  // Losing the last commits in a crash loses only a rebuildable database.
  await client.query('set synchronous_commit = off');
  const built = await buildTables(await postgresTarget(client), population, log);
  const loaded = Date.now();
  await client.query(`set maintenance_work_mem = '512MB'`);
  await client.query('vacuum (analyze)');
  log(`  VACUUM ANALYZE: ${((Date.now() - loaded) / 1000).toFixed(0)} s`);
  return built;
}

/** Builds the benchmark's population into the empty database at `url`, through the server's migrations. */
async function buildPostgres(url: string, client: pg.Client, options: PrepareOptions): Promise<void> {
  const started = Date.now();
  const population = runPopulation(options.events);
  options.log(buildingLine(shown(url), population));
  const db = openDatabase(url);
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
  const built = await loadPostgres(client, population, options.log);
  const { rows } = await client.query<{ bytes: string }>('select pg_database_size(current_database()) as bytes');
  options.log(builtLine(built, Date.now() - started, Number(rows[0]!.bytes)));
}

/**
 * The PostgreSQL database of a run. With a `location` URL: its database, built when empty, read
 * again with `reuse` when it holds the benchmark's project (refused otherwise), and kept. Without
 * one: a private server (temporary-postgres.ts), deleted at the end.
 */
export async function preparePostgres(options: PrepareOptions): Promise<BenchDatabase> {
  let server: TemporaryPostgres | null = null;
  const stopOnSignal = () => {
    server?.stop();
    process.exit(130);
  };
  if (!options.location) {
    if (options.reuse) options.log('(--reuse keeps a PostgreSQL database only with --db postgres://…; the private server is deleted after the run)');
    server = await startTemporaryPostgres({ database: 'shirube_bench' });
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, stopOnSignal);
    options.log(`Started a private PostgreSQL server at ${server.url}`);
  }
  const url = options.location ?? server!.url;
  let client: pg.Client | null = null;
  try {
    client = await connect(url);
    const state = await buildState(client);
    if (state === 'empty') await buildPostgres(url, client, options);
    else if (state === 'built' && options.reuse) options.log(`Reusing ${shown(url)}`);
    else if (state === 'built') throw new Error(`${shown(url)} already holds data: give an empty database, or --reuse to read the benchmark's database again`);
    else throw new Error(`${shown(url)} holds an unfinished build: drop and recreate the database`);
  } catch (error) {
    await client?.end();
    server?.stop();
    throw error;
  }
  const raw = client;
  return {
    url,
    rawQuery: async (sql, params) => {
      let n = 0;
      return (await raw.query(sql.replace(/\?/g, () => `$${++n}`), [...params])).rows;
    },
    async close() {
      await raw.end();
      server?.stop();
      for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.off(signal, stopOnSignal);
      if (!server) options.log(`Kept ${shown(url)}: read it again with --reuse`);
    },
  };
}
