import type { Database } from '../db/database.js';
import { listLiveGuides } from '../guides/guide-versions.repo.js';
import { planHealthCheck } from '../health/health-plan.js';
import { buildHealthReport, type PageInspection } from '../health/health-report.js';
import { finishHealthCheck, startHealthCheck } from '../health/health-checks.repo.js';

/** The made-up staging copy of Keihi the sample check ran against. */
export const SAMPLE_CHECK_BASE_URL = 'https://staging.keihi.example/';

/** The step the sample check found broken: a release renamed the expense form's title field. */
const REMOVED = { page: '/reports/new', testid: 'report-title' };

/**
 * Gives the sample project a finished target check from an hour ago, so the guides page shows
 * what a broken step looks like before anyone runs one: every step of the live guides found,
 * except the expense form's title field, and the steps on wildcard pages not checked.
 */
export async function seedSampleHealthCheck(db: Database, projectId: string, now = Date.now()): Promise<void> {
  const guides = await listLiveGuides(db, projectId);
  const plan = planHealthCheck(guides, { baseUrl: SAMPLE_CHECK_BASE_URL });
  const inspections: PageInspection[] = plan.pages.map((page) => ({
    url: page.url,
    finalUrl: page.url,
    httpStatus: 200,
    results: page.steps.map((i) => {
      const target = plan.steps[i]!.target;
      return new URL(page.url).pathname === REMOVED.page && target.attrs?.['data-testid'] === REMOVED.testid ? 'not_found' : 'found';
    }),
  }));
  const startedAt = now - 60 * 60_000;
  const check = await startHealthCheck(db, { projectId, baseUrl: SAMPLE_CHECK_BASE_URL, guideId: null, startedBy: null }, startedAt);
  if (check) await finishHealthCheck(db, check.id, { report: buildHealthReport(SAMPLE_CHECK_BASE_URL, plan, inspections) }, startedAt + 40_000);
}
