import type { DisplayRules, PublishedGuide, Step } from '@shirube/schema';
import { matchesUrlPattern, type PageLocation } from './url-pattern.js';

/** Whether a guide's display rules allow it on this page. No patterns means every page. */
export function matchesDisplayRules(rules: DisplayRules, page: PageLocation): boolean {
  if (rules.urlPatterns.length === 0) return true;
  return rules.urlPatterns.some((pattern) => matchesUrlPattern(pattern, page));
}

/** Whether a step can show on this page: a step with its own `page` only there, any other anywhere the guide shows. */
export function stepOnPage(step: Step, page: PageLocation): boolean {
  return step.page === undefined || matchesUrlPattern(step.page, page);
}

/**
 * Whether a running guide stays on this page. A step with its own page keeps the guide alive
 * anywhere (it waits for the user to get there); otherwise the guide's display rules decide.
 */
export function guideStaysOnPage(guide: PublishedGuide, step: Step | undefined, page: PageLocation): boolean {
  return step?.page !== undefined || matchesDisplayRules(guide.displayRules, page);
}
