import { plainText, type PublishedGuide, type Step } from '@shirube/schema';
import { describe, expect, it } from 'vitest';
import { pageUrl, planHealthCheck } from './health-plan.js';

const THEME = { brandColor: '#2563eb', radius: 10 };
const tooltip = (id: string, testid: string, extra: Partial<Step> = {}): Step =>
  ({ id, kind: 'tooltip', title: id, content: plainText(id), advance: 'next', placement: 'auto', target: { v: 1, tag: 'button', attrs: { 'data-testid': testid } }, ...extra }) as Step;

function guide(id: string, steps: Step[], urlPatterns: string[] = [], kind: PublishedGuide['kind'] = 'walkthrough'): PublishedGuide {
  return { id, version: 1, name: `Guide ${id}`, kind, steps, displayRules: { urlPatterns }, theme: THEME };
}

const BASE = 'https://app.example.com';

describe('health check planning', () => {
  it('loads each step on the page its guide shows on, joined to the base URL', () => {
    const plan = planHealthCheck([guide('g1', [tooltip('a', 'x'), tooltip('b', 'y')], ['/reports/new'])], { baseUrl: BASE });
    expect(plan.pages).toEqual([{ url: 'https://app.example.com/reports/new', steps: [0, 1] }]);
    expect(plan.steps.map((s) => [s.stepId, s.urls])).toEqual([
      ['a', ['https://app.example.com/reports/new']],
      ['b', ['https://app.example.com/reports/new']],
    ]);
    expect(plan.skipped).toEqual([]);
  });

  it("checks a later step of a multi-page walkthrough on the step's own page", () => {
    const steps = [tooltip('list', 'new-report'), tooltip('form', 'title', { page: '/reports/new' })];
    const plan = planHealthCheck([guide('g1', steps, ['/reports'])], { baseUrl: BASE });
    expect(plan.pages.map((p) => [p.url, p.steps])).toEqual([
      ['https://app.example.com/reports', [0]],
      ['https://app.example.com/reports/new', [1]],
    ]);
  });

  it('skips a wildcard page with no example, and uses the example when one is given', () => {
    const guides = [guide('g1', [tooltip('submit', 'report-submit')], ['/reports/r-*'])];
    const skipped = planHealthCheck(guides, { baseUrl: BASE });
    expect(skipped.pages).toEqual([]);
    expect(skipped.skipped).toMatchObject([{ guideId: 'g1', stepId: 'submit', reason: 'wildcard_page', patterns: ['/reports/r-*'] }]);
    const withExample = planHealthCheck(guides, { baseUrl: BASE, examples: { '/reports/r-*': '/reports/r-1001' } });
    expect(withExample.pages.map((p) => p.url)).toEqual(['https://app.example.com/reports/r-1001']);
    expect(withExample.skipped).toEqual([]);
  });

  it('checks a guide that shows everywhere on the base URL itself, and one page of several', () => {
    const plan = planHealthCheck(
      [guide('everywhere', [tooltip('help', 'help')]), guide('some', [tooltip('a', 'a')], ['/reports/*', '/settings'])],
      { baseUrl: 'https://app.example.com/home' },
    );
    expect(plan.steps.map((s) => s.urls)).toEqual([['https://app.example.com/home'], ['https://app.example.com/settings']]);
  });

  it("keeps the base URL's query on every page and the pattern's own query", () => {
    expect(pageUrl('/settings?tab=billing', new URL('https://staging.example.com/?preview=1'))).toBe('https://staging.example.com/settings?tab=billing&preview=1');
  });

  it('moves a full-URL pattern of the same host to the base origin, and skips another host', () => {
    const base = new URL('http://app.example.com:8080');
    expect(pageUrl('https://app.example.com/reports', base)).toBe('http://app.example.com:8080/reports');
    expect(pageUrl('https://other.example.org/reports', base)).toBe('other_site');
  });

  it('leaves out banners, targetless modals, other guides, and marks steps that follow a click', () => {
    const steps: Step[] = [
      { id: 'hello', kind: 'modal', title: 'Hi', content: plainText('Hi'), advance: 'next', placement: 'auto' },
      { id: 'bar', kind: 'banner', title: 'Bar', content: plainText('Bar'), advance: 'next', position: 'top', button: true },
      tooltip('menu', 'menu', { advance: 'target_click' }),
      tooltip('item', 'menu-item'),
    ];
    const plan = planHealthCheck([guide('g1', steps, ['/']), guide('g2', [tooltip('z', 'z')], ['/'])], { baseUrl: BASE, guideId: 'g1' });
    expect(plan.steps.map((s) => [s.stepId, s.stepIndex, s.afterClick])).toEqual([
      ['menu', 2, false],
      ['item', 3, true],
    ]);
  });

  it('never marks hotspots as following a click: they all show at once', () => {
    const plan = planHealthCheck([guide('h', [tooltip('a', 'a', { advance: 'target_click' }), tooltip('b', 'b')], ['/'], 'hotspots')], { baseUrl: BASE });
    expect(plan.steps.map((s) => s.afterClick)).toEqual([false, false]);
  });
});
