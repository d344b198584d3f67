/** A Chrome trace event (the fields used here). */
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string; scriptName?: string } };
}

/** What the trace says about the main thread's tasks. */
export interface TaskReport {
  /** Per task in which Shirube's scripts ran, the time they took (ms), longest first. */
  sdkPerTask: number[];
  /** The longest task on the page's main thread (ms), whoever caused it. */
  longestTask: number;
  /** How long the task in which Shirube ran longest lasted in all (ms). */
  longestTaskWithSdk: number;
  /** The largest piece of Shirube work in the task where it ran longest, as `EvaluateScript shirube-ui.<hash>.js 12.3 ms`. */
  largestSdkWork: string;
}

const isSdkUrl = (url: string | undefined) => !!url && /\/sdk\/shirube(-ui\.[0-9a-f]+)?\.js/.test(url);

/** The task (sorted by start) that contains `work`, by binary search on start times. */
function enclosing(tasks: TraceEvent[], work: TraceEvent): TraceEvent | undefined {
  let low = 0;
  let high = tasks.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (tasks[mid]!.ts <= work.ts) low = mid + 1;
    else high = mid - 1;
  }
  const task = tasks[high];
  return task && work.ts + (work.dur ?? 0) <= task.ts + (task.dur ?? 0) ? task : undefined;
}

/** Drops events nested in an earlier one on the same thread (a compile inside an evaluation), so no time counts twice. */
function outermost(work: TraceEvent[]): TraceEvent[] {
  const kept: TraceEvent[] = [];
  const openUntil = new Map<string, number>();
  for (const e of [...work].sort((a, b) => a.ts - b.ts)) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ts < (openUntil.get(thread) ?? -Infinity)) continue;
    kept.push(e);
    openUntil.set(thread, e.ts + (e.dur ?? 0));
  }
  return kept;
}

/**
 * Attributes script time to tasks: every outermost `FunctionCall`/`EvaluateScript`/`v8.compile`
 * whose script is one of Shirube's bundles is added to the top-level task (`RunTask`) that contains it
 * on the same thread. What the SDK "causes" is its own script time within one task.
 */
export function sdkTasks(traceJson: string): TaskReport {
  const events = (JSON.parse(traceJson) as { traceEvents: TraceEvent[] }).traceEvents;
  const sdkWork = outermost(events.filter((e) => e.ph === 'X' && ['FunctionCall', 'EvaluateScript', 'v8.compile'].includes(e.name) && isSdkUrl(e.args?.data?.url)));
  const threads = new Set(sdkWork.map((e) => `${e.pid}:${e.tid}`));
  const tasksOf = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || e.name !== 'RunTask' || !threads.has(thread)) continue;
    const list = tasksOf.get(thread) ?? [];
    list.push(e);
    tasksOf.set(thread, list);
  }
  for (const list of tasksOf.values()) list.sort((a, b) => a.ts - b.ts);
  const perTask = new Map<TraceEvent, number>();
  const largestIn = new Map<TraceEvent, TraceEvent>();
  for (const work of sdkWork) {
    const task = enclosing(tasksOf.get(`${work.pid}:${work.tid}`) ?? [], work);
    // Work outside any task (at the trace's edges) counts as a task of its own.
    const key = task ?? work;
    perTask.set(key, (perTask.get(key) ?? 0) + (work.dur ?? 0));
    if ((work.dur ?? 0) > (largestIn.get(key)?.dur ?? -1)) largestIn.set(key, work);
  }
  const ms = (us: number) => us / 1_000;
  const sdkPerTask = [...perTask.values()].map(ms).sort((a, b) => b - a);
  const worst = [...perTask.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const largest = worst && largestIn.get(worst);
  return {
    sdkPerTask,
    longestTask: ms(Math.max(0, ...[...tasksOf.values()].flat().map((t) => t.dur ?? 0))),
    longestTaskWithSdk: ms(worst?.dur ?? 0),
    largestSdkWork: largest ? `${largest.name} ${largest.args?.data?.url?.split('/').pop() ?? ''} ${ms(largest.dur ?? 0).toFixed(1)} ms` : 'none',
  };
}
