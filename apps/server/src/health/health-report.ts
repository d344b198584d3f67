import type { TargetMissingReason } from '@shirube/schema';
import type { HealthPlan, PlannedStep, SkipReason } from './health-plan.js';

/** What the browser saw on one page: each planned step's locator answer, in the page's `steps` order. */
export interface PageInspection {
  url: string;
  /** Where the page ended up after redirects (a sign-in page, say). */
  finalUrl: string;
  /** The HTTP status of the document, when there was a response. */
  httpStatus?: number;
  /** Why the page could not be loaded at all. */
  error?: string;
  /** `found`, or the SDK locator's reason for finding nothing; empty when the page failed. */
  results: Array<'found' | TargetMissingReason>;
}

/**
 * A step's verdict. Broken: `missing` (nothing matches), `ambiguous` (two elements match about
 * equally, so the SDK shows nothing), `page_error` (the page did not load). Warnings: `hidden` (on
 * the page but not visible), `unverified` (missing, but may appear after the previous step's
 * click). `skipped`: no page to load.
 */
export const STEP_STATUSES = ['ok', 'missing', 'ambiguous', 'page_error', 'hidden', 'unverified', 'skipped'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

const BROKEN: ReadonlySet<StepStatus> = new Set(['missing', 'ambiguous', 'page_error']);

/** Whether a status fails the check (and a CI job). */
export const isBroken = (status: StepStatus) => BROKEN.has(status);

/** One step's line in the report: the step as planned, and what the check found. */
export interface StepReport extends Pick<PlannedStep, 'guideId' | 'guideName' | 'guideKind' | 'stepId' | 'stepIndex' | 'stepTitle'> {
  status: StepStatus;
  /** The page it was found on, else the first page it was looked for on. */
  url?: string;
  /** Where that page ended up when it redirected elsewhere. */
  redirectedTo?: string;
  httpStatus?: number;
  error?: string;
  skipReason?: SkipReason;
  patterns?: string[];
}

/** The result of one check, as the CLI prints it and the console stores it. */
export interface HealthReport {
  baseUrl: string;
  counts: Record<StepStatus, number>;
  broken: number;
  steps: StepReport[];
}

// The best answer across the pages a step may be on; earlier is better.
const PREFERENCE: StepStatus[] = ['ok', 'hidden', 'ambiguous', 'missing', 'page_error'];

function statusOn(inspection: PageInspection, answer: 'found' | TargetMissingReason | undefined): StepStatus {
  if (inspection.error !== undefined || answer === undefined) return 'page_error';
  if (answer === 'found') return 'ok';
  return answer === 'not_visible' ? 'hidden' : answer === 'ambiguous' ? 'ambiguous' : 'missing';
}

const samePage = (a: string, b: string) => {
  const [x, y] = [new URL(a), new URL(b)];
  return x.origin === y.origin && x.pathname.replace(/\/+$/, '') === y.pathname.replace(/\/+$/, '');
};

/** Joins the plan with what the browser saw: one verdict per planned or skipped step, in guide order. */
export function buildHealthReport(baseUrl: string, plan: HealthPlan, inspections: PageInspection[]): HealthReport {
  const byUrl = new Map(inspections.map((inspection) => [inspection.url, inspection]));
  const steps: StepReport[] = plan.steps.map((step, index) => {
    const { target: _target, urls, afterClick, ...about } = step;
    let best: StepReport | undefined;
    for (const url of urls) {
      const page = plan.pages.find((p) => p.url === url);
      const inspection = byUrl.get(url);
      if (!page || !inspection) continue;
      const status = statusOn(inspection, inspection.results[page.steps.indexOf(index)]);
      if (best && PREFERENCE.indexOf(best.status) <= PREFERENCE.indexOf(status)) continue;
      best = {
        ...about,
        status,
        url,
        ...(samePage(url, inspection.finalUrl) ? {} : { redirectedTo: inspection.finalUrl }),
        ...(inspection.httpStatus !== undefined ? { httpStatus: inspection.httpStatus } : {}),
        ...(inspection.error !== undefined ? { error: inspection.error } : {}),
      };
    }
    best ??= { ...about, status: 'page_error', url: urls[0]!, error: 'not inspected' };
    if (best.status === 'missing' && afterClick && !best.redirectedTo) best.status = 'unverified';
    return best;
  });
  for (const skipped of plan.skipped) {
    const { target: _target, reason, ...about } = skipped;
    steps.push({ ...about, status: 'skipped', skipReason: reason });
  }
  const order = new Map<string, number>();
  for (const step of steps) if (!order.has(step.guideId)) order.set(step.guideId, order.size);
  steps.sort((a, b) => order.get(a.guideId)! - order.get(b.guideId)! || a.stepIndex - b.stepIndex);
  const counts = Object.fromEntries(STEP_STATUSES.map((status) => [status, 0])) as Record<StepStatus, number>;
  for (const step of steps) counts[step.status]++;
  return { baseUrl, counts, broken: steps.filter((step) => isBroken(step.status)).length, steps };
}
