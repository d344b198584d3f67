import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createProject } from '../../apps/server/src/projects/projects.repo.js';
import { startServer } from '../../apps/server/src/server.js';
import { startBareEndpoint } from './bare-endpoint.js';
import type { LoadPlan, LoadResult } from './drive-load.js';
import { publishGuides } from './publish-guides.js';

// Ingest benchmark: events/s and batch latency through the real SDK endpoint, against a bare
// insert endpoint measured in the same run. Usage: tsx ingest/run.ts [--seconds 15] [--warm-up 5]
const argValue = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const CONNECTIONS = 50;
const BATCH_SIZE = 50;
const MEASURE_MS = argValue('--seconds', 15) * 1_000;
const WARM_UP_MS = argValue('--warm-up', 5) * 1_000;

/**
 * Runs the load from a second process so the client does not share the server's event loop. Also
 * measures the CPU time this process (where both endpoints run) spent per event answered: unlike
 * events/s, it hardly moves when other work shares the machine.
 */
async function loadFromSecondProcess(plan: LoadPlan): Promise<LoadResult & { cpuMicrosPerEvent: number; mainThreadMicrosPerEvent: number }> {
  const before = process.cpuUsage();
  const mainBefore = mainThreadCpuMicros();
  const result = await forkLoad(plan);
  const cpu = process.cpuUsage(before);
  const events = Math.max(1, result.allEvents);
  return { ...result, cpuMicrosPerEvent: (cpu.user + cpu.system) / events, mainThreadMicrosPerEvent: (mainThreadCpuMicros() - mainBefore) / events };
}

/**
 * CPU time of this process's main thread alone (Linux; NaN elsewhere): the event loop that answers
 * requests, without worker threads such as the SQLite checkpointer, whose time counts in the total.
 */
function mainThreadCpuMicros(): number {
  try {
    // Fields after the parenthesised command name: utime and stime are the 12th and 13th, in ticks of 1/100 s.
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return NaN;
  }
}

function forkLoad(plan: LoadPlan): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./drive-load.ts', import.meta.url)), [JSON.stringify(plan)], { execArgv: ['--import', 'tsx'] });
    child.once('message', (result) => resolve(result as LoadResult));
    child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`load process exited ${code}`))));
  });
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN);

function summary(name: string, result: LoadResult & { cpuMicrosPerEvent: number; mainThreadMicrosPerEvent: number }): { perSecond: number; p99: number } {
  const perSecond = result.events / result.seconds;
  const p99 = percentile(result.latencies, 99);
  console.log(
    `${name}: ${Math.round(perSecond)} events/s (${result.batches} batches of ${BATCH_SIZE} in ${result.seconds} s, ${result.failures} failed), ` +
      `latency p50 ${percentile(result.latencies, 50).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${(result.latencies.at(-1) ?? NaN).toFixed(1)} ms, ` +
      `server CPU ${result.cpuMicrosPerEvent.toFixed(1)} µs/event (main thread ${result.mainThreadMicrosPerEvent.toFixed(1)})`,
  );
  return { perSecond, p99 };
}

const dir = mkdtempSync(join(tmpdir(), 'shirube-bench-ingest-'));
try {
  console.log(`${CONNECTIONS} connections, batches of ${BATCH_SIZE}, ${WARM_UP_MS / 1_000} s warm-up then ${MEASURE_MS / 1_000} s measured, each endpoint in turn`);
  const plan = { connections: CONNECTIONS, batchSize: BATCH_SIZE, warmUpMs: WARM_UP_MS, measureMs: MEASURE_MS };

  const server = await startServer({ databaseUrl: join(dir, 'shirube.db'), port: 0, host: '127.0.0.1', ingestRate: { perSecond: 1e9, burst: 1e9 } });
  const { publicKey, secretKey } = await createProject(server.db, 'Ingest bench');
  const guides = await publishGuides(server.url, secretKey);

  const bare = await startBareEndpoint(join(dir, 'bare.db'));
  const bareResult = summary('bare insert', await loadFromSecondProcess({ ...plan, url: bare.url, guides }));
  await bare.close();

  const ingestResult = summary('ingest', await loadFromSecondProcess({ ...plan, url: `${server.url}/sdk/v1/events?key=${publicKey}`, guides }));
  const stored = await server.db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  console.log(`ingest stored ${stored.n} events in total (warm-up included)`);
  await server.close();

  const ratio = ingestResult.perSecond / bareResult.perSecond;
  console.log(`ingest: ${Math.round(ingestResult.perSecond)} events/s, ${ratio.toFixed(2)} of bare insert, p99 ${Math.round(ingestResult.p99)} ms`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
