import { performance } from 'node:perf_hooks';
import { percentiles } from '../targeting/outcome.js';

/** How long one read took across its timed runs, in milliseconds. */
export interface Timing {
  name: string;
  runs: number;
  p50: number;
  p95: number;
  max: number;
}

export interface RunPlan {
  warmups: number;
  runs: number;
  /** Stop timing after this long (keeping at least `minRuns`), so a slow read cannot stall the run. */
  budgetMs: number;
  minRuns: number;
}

export const STANDARD_PLAN: RunPlan = { warmups: 20, runs: 200, budgetMs: 60_000, minRuns: 200 };

/** Runs `read` a few times untimed (caches, JIT), then times each run on its own. */
export async function timeRuns(name: string, plan: RunPlan, read: (run: number) => Promise<unknown> | unknown): Promise<Timing> {
  for (let i = 0; i < plan.warmups; i++) await read(i);
  const sample: number[] = [];
  const started = performance.now();
  for (let i = 0; i < plan.runs; i++) {
    if (sample.length >= plan.minRuns && performance.now() - started > plan.budgetMs) break;
    const t0 = performance.now();
    await read(plan.warmups + i);
    sample.push(performance.now() - t0);
  }
  const { median, p95 } = percentiles(sample);
  return { name, runs: sample.length, p50: median, p95, max: Math.max(...sample) };
}

const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;

/** One aligned report line per read. */
export function timingLine(t: Timing): string {
  return `  ${t.name.padEnd(52)} p50 ${ms(t.p50).padStart(10)}  p95 ${ms(t.p95).padStart(10)}  max ${ms(t.max).padStart(10)}  (${t.runs} runs)`;
}

/** The summary line the issue fixes the format of, naming the database; printed last, one per database. */
export function analyticsLine(database: string, funnel: Timing, stuck: Timing, accounts: Timing, events: number): string {
  return `analytics (${database}): funnel p95 ${ms(funnel.p95)}, stuck p95 ${ms(stuck.p95)}, accounts p95 ${ms(accounts.p95)} at ${events} events`;
}
