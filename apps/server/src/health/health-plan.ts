import type { GuideKind, PublishedGuide, Target } from '@shirube/schema';

/*
 * Which pages a guide health check loads, and which step targets it looks for on each. Pure: the
 * browser run (page-inspector.ts) and the report (health-report.ts) take it from here.
 */

/** One step whose element the check looks for. */
export interface PlannedStep {
  guideId: string;
  guideName: string;
  guideKind: GuideKind;
  stepId: string;
  /** 0-based position in the guide. */
  stepIndex: number;
  stepTitle: string;
  target: Target;
  /** The pages the step can show on; it is fine when found on any of them. */
  urls: string[];
  /**
   * The step follows a step that moves on when the user clicks its element, on the same page: its
   * element may appear only after that click (a menu, a dialog), so a page load cannot prove it gone.
   */
  afterClick: boolean;
}

/** Why a step with a target is not checked. */
export type SkipReason =
  /** Its page pattern has `*` and no example page was given for it. */
  | 'wildcard_page'
  /** Its page pattern names another site than the base URL's. */
  | 'other_site';

/** A step the check leaves out, and why. */
export interface SkippedStep extends Omit<PlannedStep, 'urls' | 'afterClick'> {
  reason: SkipReason;
  /** The page patterns that could not be turned into an address. */
  patterns: string[];
}

/** The whole plan: every page to load once, with the steps to look for there. */
export interface HealthPlan {
  steps: PlannedStep[];
  skipped: SkippedStep[];
  /** Each URL once, with the indexes (into `steps`) of the steps looked for on it. */
  pages: Array<{ url: string; steps: number[] }>;
}

export interface PlanOptions {
  /** The app's address (`https://app.example.com`); its query, if any, is added to every page. */
  baseUrl: string;
  /** Only this guide. */
  guideId?: string;
  /** Example pages for wildcard patterns: `{ '/reports/*': '/reports/r-1001' }`. */
  examples?: Record<string, string>;
}

const EVERY_PAGE = new Set(['', '*', '**']);

/** The address of one page pattern on the base URL's site, or why there is none. */
export function pageUrl(pattern: string, base: URL, examples: Record<string, string> = {}): string | SkipReason {
  const trimmed = pattern.trim();
  // The guide shows everywhere: its element should be on the page the base URL names.
  if (EVERY_PAGE.has(trimmed)) return base.href;
  const concrete = examples[trimmed] ?? (trimmed.includes('*') ? null : trimmed);
  if (concrete === null) return 'wildcard_page';
  let page: URL;
  try {
    page = new URL(concrete, base.origin);
  } catch {
    return 'wildcard_page';
  }
  // A full-URL pattern is checked on the base URL's site only when it names that host: a
  // production address checked against staging keeps its path and loses its origin.
  if (concrete.includes('://') && page.hostname !== base.hostname && !examples[trimmed]) return 'other_site';
  const url = new URL(page.pathname + page.search + page.hash, base.origin);
  for (const [key, value] of base.searchParams) if (!url.searchParams.has(key)) url.searchParams.append(key, value);
  return url.href;
}

/**
 * Plans a health check of published guides: for every step with an element (tooltips, hotspots,
 * modals pointing at one), the pages its own page pattern, else its guide's display rules, name,
 * joined to the base URL. Checklists (no steps) and banners (no element) are not part of it.
 */
export function planHealthCheck(guides: PublishedGuide[], { baseUrl, guideId, examples = {} }: PlanOptions): HealthPlan {
  const base = new URL(baseUrl);
  const plan: HealthPlan = { steps: [], skipped: [], pages: [] };
  const pageIndex = new Map<string, number[]>();
  for (const guide of guides) {
    if (guideId !== undefined && guide.id !== guideId) continue;
    const guideKind = guide.kind ?? 'walkthrough';
    guide.steps.forEach((step, stepIndex) => {
      if (!step.target) return;
      const patterns = step.page !== undefined ? [step.page] : guide.displayRules.urlPatterns.length ? guide.displayRules.urlPatterns : [''];
      const found = patterns.map((pattern) => pageUrl(pattern, base, examples));
      const urls = [...new Set(found.filter((url) => url.includes('://')))];
      const about = { guideId: guide.id, guideName: guide.name, guideKind, stepId: step.id, stepIndex, stepTitle: step.title, target: step.target };
      if (urls.length === 0) {
        const reason = found.includes('wildcard_page') ? 'wildcard_page' : 'other_site';
        plan.skipped.push({ ...about, reason, patterns });
        return;
      }
      const previous = guide.steps[stepIndex - 1];
      const afterClick = guideKind === 'walkthrough' && previous?.advance === 'target_click' && previous.page === step.page;
      const index = plan.steps.push({ ...about, urls, afterClick }) - 1;
      for (const url of urls) {
        let steps = pageIndex.get(url);
        if (!steps) {
          steps = [];
          pageIndex.set(url, steps);
          plan.pages.push({ url, steps });
        }
        steps.push(index);
      }
    });
  }
  return plan;
}
