import type { PublishedGuide, RichText } from '@shirube/schema';

const text = (t: string): RichText => [{ type: 'paragraph', children: [{ type: 'text', text: t }] }];

/** A three-step guide for tests: a modal, then two tooltips on `data-testid` buttons. */
export function onboardingGuide(overrides: Partial<PublishedGuide> = {}): PublishedGuide {
  return {
    id: 'onboarding',
    version: 1,
    name: 'Onboarding',
    displayRules: { urlPatterns: [] },
    theme: { brandColor: '#4f46e5', radius: 12 },
    steps: [
      { id: 'welcome', kind: 'modal', title: 'Welcome', content: text('Hello there'), advance: 'next', placement: 'auto' },
      {
        id: 'create',
        kind: 'tooltip',
        title: 'Create a report',
        content: text('Start here'),
        advance: 'next',
        placement: 'bottom',
        target: { v: 1, tag: 'button', attrs: { 'data-testid': 'create' }, text: 'Create' },
      },
      {
        id: 'reports',
        kind: 'tooltip',
        title: 'Your reports',
        content: text('All of them'),
        advance: 'next',
        placement: 'auto',
        target: { v: 1, tag: 'button', attrs: { 'data-testid': 'reports' }, text: 'Reports' },
      },
    ],
    ...overrides,
  };
}

/** Gives an element a layout box (happy-dom lays nothing out), so it counts as visible. */
export function giveBox(element: Element, rect = { x: 100, y: 100, width: 80, height: 30 }): void {
  const box = { ...rect, left: rect.x, top: rect.y, right: rect.x + rect.width, bottom: rect.y + rect.height, toJSON: () => box };
  Object.defineProperty(element, 'getBoundingClientRect', { configurable: true, value: () => box });
}

/** A JSON response for a fake fetch. */
export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(status === 304 ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}
