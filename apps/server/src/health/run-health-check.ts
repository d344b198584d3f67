import type { PublishedGuide } from '@shirube/schema';
import { planHealthCheck, type PlanOptions } from './health-plan.js';
import { buildHealthReport, type HealthReport, type PageInspection } from './health-report.js';
import type { InspectorOptions, OpenInspector } from './page-inspector.js';

/**
 * Runs a health check: plans the pages, loads each once in one browser and reports every step.
 * A browser that cannot start throws; a page that fails is reported on its steps.
 */
export async function runHealthCheck(
  guides: PublishedGuide[],
  plan: PlanOptions,
  inspector: InspectorOptions,
  openInspector: OpenInspector,
): Promise<HealthReport> {
  const planned = planHealthCheck(guides, plan);
  const inspections: PageInspection[] = [];
  if (planned.pages.length) {
    const pages = await openInspector(inspector);
    try {
      for (const page of planned.pages) {
        inspections.push(await pages.inspect(page.url, page.steps.map((i) => planned.steps[i]!.target)));
      }
    } finally {
      await pages.close();
    }
  }
  return buildHealthReport(plan.baseUrl, planned, inspections);
}
