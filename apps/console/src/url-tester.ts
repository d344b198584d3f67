import { matchesDisplayRules, matchesUrlPattern, type PageLocation } from '@shirube/core';
import type { DisplayRules } from '@shirube/schema';

/** A typed-in address as the SDK sees a page; a bare path is taken as on the app's own host. */
export function pageFromInput(input: string): PageLocation | null {
  try {
    const url = new URL(input.trim(), 'https://app.invalid');
    return { href: url.href, path: url.pathname, search: url.search, hash: url.hash } as PageLocation;
  } catch {
    return null;
  }
}

/** Whether the guide would show on the address, and which of its patterns match it. */
export function testUrl(rules: DisplayRules, input: string): { shows: boolean; matching: string[] } | null {
  const page = pageFromInput(input);
  if (!page || !input.trim()) return null;
  return { shows: matchesDisplayRules(rules, page), matching: rules.urlPatterns.filter((p) => matchesUrlPattern(p, page)) };
}
