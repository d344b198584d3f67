import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrateToLatest, openDatabase } from '../../apps/server/src/db/database.js';
import { startTemporaryPostgres, type TemporaryPostgres } from '../../apps/server/src/db/temporary-postgres.js';
import { createProject } from '../../apps/server/src/projects/projects.repo.js';
import type { LoadPlan, LoadResult } from '../ingest/drive-load.js';
import { publishGuides } from '../ingest/publish-guides.js';
import { memoryTrend, type MemorySample } from './memory-trend.js';
import type { PacedPlan, PacedReport } from './paced-load.js';
import { startServerProcess } from './server-process.js';

// Soak: the server as its own process at half its measured peak ingestion rate for ten minutes,
// its resident memory read every few seconds. Usage:
//   tsx soak/run.ts [--minutes 10] [--rate <events/s>] [--postgres | --database-url <url>]
const option = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const MINUTES = Number(option('--minutes') ?? 10);
const FIXED_RATE = option('--rate') === undefined ? undefined : Number(option('--rate'));
const SAMPLE_EVERY_MS = 5_000;
const BATCH_SIZE = 50;
const CONNECTIONS = 50;
const MB = 1024 * 1024;

function inSecondProcess<Plan, Result>(script: string, plan: Plan, onMessage: (message: Result) => boolean): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL(script, import.meta.url)), [JSON.stringify(plan)], { execArgv: ['--import', 'tsx'] });
    child.on('message', (message) => {
      if (onMessage(message as Result)) resolve(message as Result);
    });
    child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`${script} exited ${code}`))));
  });
}

/** " (503 × 3, connection × 1)" for the failures of a report, or nothing. */
const failures = (report: PacedReport): string => {
  const parts = Object.entries(report.failedByStatus).map(([status, n]) => `${status === '0' ? 'connection' : status} × ${n}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
};

const dir = mkdtempSync(join(tmpdir(), 'shirube-soak-'));
let postgres: TemporaryPostgres | undefined;
try {
  if (process.argv.includes('--postgres')) postgres = await startTemporaryPostgres();
  const databaseUrl = option('--database-url') ?? postgres?.url ?? join(dir, 'shirube.db');
  const database = openDatabase(databaseUrl);
  await migrateToLatest(database);
  const { publicKey, secretKey } = await createProject(database, 'Soak');

  const server = await startServerProcess({ DATABASE_URL: databaseUrl, SHIRUBE_INGEST_RATE: '1000000000', SHIRUBE_INGEST_BURST: '1000000000' });
  const guides = await publishGuides(server.url, secretKey);
  const url = `${server.url}/sdk/v1/events?key=${publicKey}`;
  console.log(`server pid ${server.pid} on ${databaseUrl.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'}, RSS ${(server.rssBytes() / MB).toFixed(0)} MB`);

  let rate = FIXED_RATE;
  let peak: number | undefined;
  if (rate === undefined) {
    const plan: LoadPlan = { url, guides, connections: CONNECTIONS, batchSize: BATCH_SIZE, warmUpMs: 3_000, measureMs: 10_000 };
    const result = await inSecondProcess<LoadPlan, LoadResult>('../ingest/drive-load.ts', plan, () => true);
    peak = result.events / result.seconds;
    rate = peak / 2;
    console.log(`peak: ${Math.round(peak)} events/s with ${CONNECTIONS} connections; soaking at half: ${Math.round(rate)} events/s`);
  }

  const samples: MemorySample[] = [];
  const soakStarted = performance.now();
  const sample = () => samples.push({ at: (performance.now() - soakStarted) / 1_000, rssBytes: server.rssBytes() });
  sample();
  const sampler = setInterval(sample, SAMPLE_EVERY_MS);
  let lastAcknowledged = 0;
  let lastAt = 0;
  const plan: PacedPlan = { url, guides, eventsPerSecond: rate, batchSize: BATCH_SIZE, connections: CONNECTIONS, durationMs: MINUTES * 60_000, reportEveryMs: 60_000 };
  const final = await inSecondProcess<PacedPlan, PacedReport>('./paced-load.ts', plan, (report) => {
    const perSecond = (report.acknowledgedEvents - lastAcknowledged) / (report.at - lastAt);
    [lastAcknowledged, lastAt] = [report.acknowledgedEvents, report.at];
    if (!report.done)
      console.log(
        `${report.at.toFixed(0)} s: RSS ${(server.rssBytes() / MB).toFixed(1)} MB, ${Math.round(perSecond)} events/s acknowledged, ` +
          `p99 ${report.p99Ms.toFixed(1)} ms, ${report.failedBatches} failed${failures(report)}, ${report.lateBatches} late`,
      );
    return report.done;
  });
  clearInterval(sampler);
  sample();
  const trend = memoryTrend(samples);

  const stored = await database.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  await server.stop();
  await database.destroy();
  console.log(
    `acknowledged ${final.acknowledgedEvents} events in the soak, ${final.failedBatches} batches failed${failures(final)}, ${final.lateBatches} sent late; ` +
      `${Number(stored.n)} events stored in all (peak run included)`,
  );
  if (Number(stored.n) < final.acknowledgedEvents) console.log(`LOST: ${final.acknowledgedEvents - Number(stored.n)} acknowledged events are not stored`);
  console.log(
    `RSS over ${samples.length} readings: start ${(trend.startBytes / MB).toFixed(1)} MB, end ${(trend.endBytes / MB).toFixed(1)} MB, ` +
      `max ${(trend.maxBytes / MB).toFixed(1)} MB, second-half slope ${(trend.lateSlopeBytesPerMinute / MB).toFixed(2)} MB/min`,
  );
  const rateText = `${Math.round(rate)} events/s${peak === undefined ? '' : ` (half of peak ${Math.round(peak)})`}`;
  console.log(
    `soak: ${MINUTES} min at ${rateText}, server RSS start ${(trend.startBytes / MB).toFixed(0)} MB, end ${(trend.endBytes / MB).toFixed(0)} MB, ` +
      `${final.failedBatches} failed`,
  );
} finally {
  postgres?.stop();
  rmSync(dir, { recursive: true, force: true });
}
