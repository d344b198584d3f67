import { plainText, type PublishedGuide, type Step } from '@shirube/schema';
import type { PageLocation } from './url-pattern.js';

/** A published guide with `n` tooltip steps, for tests. */
export function guideWithSteps(n: number, overrides: Partial<PublishedGuide> = {}): PublishedGuide {
  const steps: Step[] = Array.from({ length: n }, (_, i) => ({
    id: `s${i + 1}`,
    kind: 'tooltip',
    title: `Step ${i + 1}`,
    content: plainText(`Body ${i + 1}`),
    advance: 'next',
    placement: 'auto',
    target: { v: 1, tag: 'button', text: `Button ${i + 1}` },
  }));
  return {
    id: 'g1',
    version: 1,
    name: 'Guide',
    steps,
    displayRules: { urlPatterns: [] },
    theme: { brandColor: '#2563eb', radius: 8 },
    ...overrides,
  };
}

/** A page location for a path like `/reports/42?tab=a#x` on a fixed origin. */
export function page(pathWithQuery: string): PageLocation {
  const match = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(pathWithQuery)!;
  return {
    href: `https://app.example.com${pathWithQuery}`,
    path: match[1] || '/',
    search: match[2] ?? '',
    hash: match[3] ?? '',
  };
}
