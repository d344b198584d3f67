import { Agent } from 'node:http';
import { postBatch } from './post-batch.js';
import { sdkBatch, type BenchGuide } from './sdk-batches.js';

/** What the parent asks the load process to do. */
export interface LoadPlan {
  /** The events endpoint, key included. */
  url: string;
  guides: BenchGuide[];
  connections: number;
  batchSize: number;
  warmUpMs: number;
  measureMs: number;
}

/** What one load run measured (warm-up excluded). */
export interface LoadResult {
  events: number;
  batches: number;
  failures: number;
  seconds: number;
  /** Batch latencies in ms, sorted. */
  latencies: number[];
}

/**
 * `connections` loops, each sending its next batch as soon as the last one is answered (as many
 * SDK tabs would, without their pauses), for a warm-up and then a measured window.
 */
export async function driveLoad(plan: LoadPlan): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: plan.connections });
  const url = new URL(plan.url);
  const started = performance.now();
  const measureFrom = started + plan.warmUpMs;
  const measureTo = measureFrom + plan.measureMs;
  const result: LoadResult = { events: 0, batches: 0, failures: 0, seconds: plan.measureMs / 1_000, latencies: [] };
  let seq = 0;
  const loop = async () => {
    while (performance.now() < measureTo) {
      const body = JSON.stringify(sdkBatch(seq++, plan.guides, plan.batchSize));
      const sent = performance.now();
      const status = await postBatch(agent, url, body);
      const answered = performance.now();
      if (sent < measureFrom || answered > measureTo) continue;
      if (status !== 202) {
        result.failures++;
        continue;
      }
      result.batches++;
      result.events += plan.batchSize;
      result.latencies.push(answered - sent);
    }
  };
  await Promise.all(Array.from({ length: plan.connections }, loop));
  agent.destroy();
  result.latencies.sort((a, b) => a - b);
  return result;
}

// Run as the load process: the plan comes as the first argument, the result goes back over IPC.
if (process.send && process.argv[2]) {
  const plan = JSON.parse(process.argv[2]) as LoadPlan;
  driveLoad(plan).then(
    (result) => process.send!(result, () => process.exit(0)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
