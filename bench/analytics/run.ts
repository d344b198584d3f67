/**
 * Analytics read benchmark: builds a database with the server's schema holding at least 10 M raw
 * events (200 guides of 5 steps, 100k users in ~5k accounts, 90 days) and every table ingest
 * maintains, then times the reads behind the analytics pages with the server's own repo functions
 * and connection settings; on SQLite, then on PostgreSQL.
 *
 *   tsx bench/analytics/run.ts [--database sqlite|postgres|both] [--events N] [--reuse] [--db PATH|URL]
 *
 * `--events N` builds a smaller (or larger) population, e.g. 200000 for a quick check. The SQLite
 * file goes to the temp folder and PostgreSQL to a private server started for the run; both are
 * deleted at the end. `--db` names the place instead (a file, or a postgres:// URL whose database is
 * empty), and alone runs only that database. `--reuse` keeps what it builds and reads it again next
 * time. One line per database ends the output, PostgreSQL's last:
 * `analytics (postgres): funnel p95 X ms, stuck p95 Y ms, accounts p95 Z ms at N events`.
 */
import { openDatabase } from '../../apps/server/src/db/database.js';
import { parseDatabaseUrl } from '../../apps/server/src/db/database-url.js';
import { prepareSqlite } from './bench-database.js';
import { FULL_SIZE, type BenchDatabase, type PrepareOptions } from './build-database.js';
import { analyticsLine, timeRuns, timingLine, type Timing } from './measure.js';
import { preparePostgres } from './postgres-database.js';
import { timeRawFunnel } from './raw-baseline.js';
import { loadReadContext } from './read-context.js';
import { readCases } from './read-cases.js';

type Engine = 'sqlite' | 'postgres';

const ENGINES: Record<Engine, { title: string; prepare: (options: PrepareOptions) => Promise<BenchDatabase> }> = {
  sqlite: { title: 'SQLite', prepare: prepareSqlite },
  postgres: { title: 'PostgreSQL', prepare: preparePostgres },
};

const print = (line = '') => process.stdout.write(`${line}\n`);

function optionValue(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at === -1) return undefined;
  const value = args[at + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value`);
  return value;
}

/** Which databases to run: `--database`, else the one `--db` names, else both. */
function enginesOf(args: readonly string[], location: string | undefined): Engine[] {
  const named = optionValue(args, '--database');
  const located = location === undefined ? undefined : parseDatabaseUrl(location).dialect;
  if (named !== undefined && !['sqlite', 'postgres', 'both'].includes(named)) throw new Error('--database must be sqlite, postgres or both');
  if (named === 'both' && located) throw new Error('--db names one database: run it with --database of its kind');
  if (named && located && named !== located) throw new Error(`--db names a ${located} database, not ${named}`);
  if (named === 'sqlite' || named === 'postgres') return [named];
  return located ? [located] : ['sqlite', 'postgres'];
}

/** Builds (or reuses) one database, times every read case on it, and returns its summary line. */
async function runOn(engine: Engine, options: PrepareOptions): Promise<string> {
  print(`\n== ${ENGINES[engine].title} ==`);
  const database = await ENGINES[engine].prepare(options);
  const db = openDatabase(database.url);
  try {
    const context = await loadReadContext(db);
    print(`\nReads (${context.guideIds.length} guides; the server's repo functions and connection settings, no HTTP):`);
    const timings = new Map<string, Timing>();
    for (const c of readCases(db, context)) {
      const timing = await timeRuns(c.name, c.plan, c.read);
      print(timingLine(timing));
      if (c.headline) timings.set(c.headline, timing);
    }
    print(timingLine(await timeRawFunnel(database, context.projectId, context.largestGuideId)));
    return analyticsLine(engine, timings.get('funnel')!, timings.get('stuck')!, timings.get('accounts')!, context.events);
  } finally {
    await db.destroy();
    await database.close();
  }
}

async function main(args: readonly string[]): Promise<void> {
  const events = Number(optionValue(args, '--events') ?? FULL_SIZE.events);
  if (!Number.isInteger(events) || events < 1_000) throw new Error('--events must be a whole number of at least 1000');
  const location = optionValue(args, '--db');
  const options: PrepareOptions = { events, reuse: args.includes('--reuse'), location, log: print };
  const summaries: string[] = [];
  for (const engine of enginesOf(args, location)) summaries.push(await runOn(engine, options));
  print();
  for (const line of summaries) print(line);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
