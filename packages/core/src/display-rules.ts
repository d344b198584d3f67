import type { DisplayRules } from '@shirube/schema';
import { matchesUrlPattern, type PageLocation } from './url-pattern.js';

/** Whether a guide's display rules allow it on this page. No patterns means every page. */
export function matchesDisplayRules(rules: DisplayRules, page: PageLocation): boolean {
  if (rules.urlPatterns.length === 0) return true;
  return rules.urlPatterns.some((pattern) => matchesUrlPattern(pattern, page));
}
