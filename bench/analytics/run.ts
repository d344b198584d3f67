/**
 * Analytics read benchmark: builds a SQLite database with the server's schema holding at least
 * 10 M raw events (200 guides of 5 steps, 100k users in ~5k accounts, 90 days) and every table
 * ingest maintains, then times the reads behind the analytics pages with the server's own repo
 * functions and connection settings.
 *
 *   tsx bench/analytics/run.ts [--events N] [--reuse] [--db PATH]
 *
 * `--events N` builds a smaller (or larger) population, e.g. 200000 for a quick check. The
 * database goes to the temp folder and is deleted at the end, unless `--reuse`: then an existing
 * file of the same size is read again, and a new one is kept. The last line is
 * `analytics: funnel p95 X ms, stuck p95 Y ms, accounts p95 Z ms at N events`.
 */
import { existsSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../apps/server/src/db/database.js';
import { buildBenchDatabase, FULL_SIZE, populationFor } from './build-database.js';
import { analyticsLine, timeRuns, timingLine, type Timing } from './measure.js';
import { timeRawFunnel } from './raw-baseline.js';
import { loadReadContext } from './read-context.js';
import { readCases } from './read-cases.js';

const DAY = 86_400_000;
const print = (line = '') => process.stdout.write(`${line}\n`);

function optionValue(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at === -1) return undefined;
  const value = args[at + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value`);
  return value;
}

async function main(args: readonly string[]): Promise<void> {
  const events = Number(optionValue(args, '--events') ?? FULL_SIZE.events);
  if (!Number.isInteger(events) || events < 1_000) throw new Error('--events must be a whole number of at least 1000');
  const reuse = args.includes('--reuse');
  const file = optionValue(args, '--db') ?? join(tmpdir(), `shirube-bench-analytics-${events}.db`);

  if (reuse && existsSync(file)) {
    print(`Reusing ${file} (${(statSync(file).size / 2 ** 30).toFixed(2)} GiB)`);
  } else {
    // The period ends at the start of today (UTC), so "stalled for 7 days" means what it will in production.
    const options = populationFor(events, Math.floor(Date.now() / DAY) * DAY);
    print(`Building ${file}: ${options.users.toLocaleString('en')} users, ${options.guides} guides of ${options.stepsPerGuide} steps, ${options.days} days`);
    const built = await buildBenchDatabase(file, options, print);
    print(`Built ${built.events.toLocaleString('en')} events for ${built.users.toLocaleString('en')} users in ${built.accounts.toLocaleString('en')} accounts in ${(built.ms / 1000).toFixed(0)} s; ${(built.bytes / 2 ** 30).toFixed(2)} GiB`);
  }

  const db = openDatabase(file);
  try {
    const context = await loadReadContext(db);
    print(`\nReads (${context.guideIds.length} guides; the server's repo functions and connection settings, no HTTP):`);
    const timings = new Map<string, Timing>();
    for (const c of readCases(db, context)) {
      const timing = await timeRuns(c.name, c.plan, c.read);
      print(timingLine(timing));
      if (c.headline) timings.set(c.headline, timing);
    }
    print(timingLine(await timeRawFunnel(file, context.projectId, context.largestGuideId)));
    print();
    print(analyticsLine(timings.get('funnel')!, timings.get('stuck')!, timings.get('accounts')!, context.events));
  } finally {
    await db.destroy();
    if (!reuse) for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
