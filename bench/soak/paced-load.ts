import { Agent } from 'node:http';
import { postBatch } from '../ingest/post-batch.js';
import { sdkBatch, type BenchGuide } from '../ingest/sdk-batches.js';

/** What the parent asks the paced load process to do. */
export interface PacedPlan {
  /** The events endpoint, key included. */
  url: string;
  guides: BenchGuide[];
  eventsPerSecond: number;
  batchSize: number;
  /** At most this many batches in flight; a batch due while all are busy is counted late, not dropped. */
  connections: number;
  durationMs: number;
  /** How often a progress report goes to the parent. */
  reportEveryMs: number;
}

/** One progress report (also the final one, with `done`). */
export interface PacedReport {
  done: boolean;
  /** Seconds since the load started. */
  at: number;
  acknowledgedEvents: number;
  failedBatches: number;
  /** Batches that went out more than LATE_MS after their slot because every connection was busy. */
  lateBatches: number;
  /** Failed batches by status code (0: the connection failed). */
  failedByStatus: Record<string, number>;
  /** Latency p99 of the batches answered since the last report, ms. */
  p99Ms: number;
}

const LATE_MS = 100;

/**
 * Sends batches on a fixed schedule (an open loop, unlike the peak benchmark's closed loop), so the
 * server sees a steady rate whatever its latency, and reports progress to `report`.
 */
export async function runPacedLoad(plan: PacedPlan, report: (r: PacedReport) => void): Promise<PacedReport> {
  const agent = new Agent({ keepAlive: true, maxSockets: plan.connections });
  const url = new URL(plan.url);
  const started = performance.now();
  const intervalMs = (plan.batchSize / plan.eventsPerSecond) * 1_000;
  const totals = { acknowledgedEvents: 0, failedBatches: 0, lateBatches: 0, failedByStatus: {} as Record<string, number> };
  let latencies: number[] = [];
  let inFlight = 0;
  let sent = 0;
  const snapshot = (done: boolean): PacedReport => {
    const sorted = latencies.sort((a, b) => a - b);
    latencies = [];
    const p99Ms = sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)]! : 0;
    return { done, at: (performance.now() - started) / 1_000, ...totals, failedByStatus: { ...totals.failedByStatus }, p99Ms };
  };
  const sendOne = async () => {
    const body = JSON.stringify(sdkBatch(sent++, plan.guides, plan.batchSize));
    inFlight++;
    const t0 = performance.now();
    const status = await postBatch(agent, url, body);
    inFlight--;
    if (status === 202) {
      totals.acknowledgedEvents += plan.batchSize;
      latencies.push(performance.now() - t0);
    } else {
      totals.failedBatches++;
      totals.failedByStatus[status] = (totals.failedByStatus[status] ?? 0) + 1;
    }
  };
  const reporter = setInterval(() => report(snapshot(false)), plan.reportEveryMs);
  const pending = new Set<Promise<void>>();
  // Every few ms, send the batches whose slots have come, as far as connections allow.
  while (performance.now() - started < plan.durationMs) {
    const due = Math.floor((performance.now() - started) / intervalMs) + 1;
    while (sent < due && inFlight < plan.connections) {
      if (performance.now() - started - sent * intervalMs > LATE_MS) totals.lateBatches++;
      const promise = sendOne();
      pending.add(promise);
      void promise.finally(() => pending.delete(promise));
    }
    await new Promise((resolve) => setTimeout(resolve, Math.max(1, Math.min(10, intervalMs / 2))));
  }
  clearInterval(reporter);
  await Promise.all(pending);
  agent.destroy();
  return snapshot(true);
}

// Run as the load process: the plan comes as the first argument, reports go back over IPC.
if (process.send && process.argv[2]) {
  const plan = JSON.parse(process.argv[2]) as PacedPlan;
  runPacedLoad(plan, (r) => process.send!(r)).then(
    (final) => process.send!(final, () => process.exit(0)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
