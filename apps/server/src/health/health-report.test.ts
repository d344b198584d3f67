import { plainText, type PublishedGuide, type Step } from '@shirube/schema';
import { describe, expect, it } from 'vitest';
import { planHealthCheck } from './health-plan.js';
import { buildHealthReport } from './health-report.js';

const tooltip = (id: string, advance: Step['advance'] = 'next'): Step =>
  ({ id, kind: 'tooltip', title: id, content: plainText(id), advance, placement: 'auto', target: { v: 1, tag: 'button', attrs: { 'data-testid': id } } }) as Step;
const guide = (steps: Step[], urlPatterns: string[]): PublishedGuide => ({
  id: 'g1', version: 3, name: 'Create a report', kind: 'walkthrough', steps, displayRules: { urlPatterns }, theme: { brandColor: '#2563eb', radius: 10 },
});
const BASE = 'https://app.example.com';
const NEW = `${BASE}/reports/new`;

describe('health report', () => {
  it('flags a step whose target was removed, and counts it broken', () => {
    const plan = planHealthCheck([guide([tooltip('title'), tooltip('amount'), tooltip('save')], ['/reports/new'])], { baseUrl: BASE });
    const report = buildHealthReport(BASE, plan, [{ url: NEW, finalUrl: NEW, httpStatus: 200, results: ['found', 'not_found', 'found'] }]);
    expect(report.steps.map((s) => [s.stepId, s.status])).toEqual([['title', 'ok'], ['amount', 'missing'], ['save', 'ok']]);
    expect(report.broken).toBe(1);
    expect(report.counts).toMatchObject({ ok: 2, missing: 1 });
    expect(report.steps[1]).toMatchObject({ guideName: 'Create a report', stepIndex: 1, url: NEW });
  });

  it('is fine when a step is found on any of its pages', () => {
    const plan = planHealthCheck([guide([tooltip('a')], ['/one', '/two'])], { baseUrl: BASE });
    const report = buildHealthReport(BASE, plan, [
      { url: `${BASE}/one`, finalUrl: `${BASE}/one`, results: ['not_found'] },
      { url: `${BASE}/two`, finalUrl: `${BASE}/two`, results: ['found'] },
    ]);
    expect(report.steps[0]).toMatchObject({ status: 'ok', url: `${BASE}/two` });
    expect(report.broken).toBe(0);
  });

  it('says where a page redirected, and reports pages that failed to load as broken', () => {
    const plan = planHealthCheck([guide([tooltip('a')], ['/reports/new']), { ...guide([tooltip('b')], ['/gone']), id: 'g2' }], { baseUrl: BASE });
    const report = buildHealthReport(BASE, plan, [
      { url: NEW, finalUrl: `${BASE}/login?next=%2Freports%2Fnew`, httpStatus: 200, results: ['not_found'] },
      { url: `${BASE}/gone`, finalUrl: `${BASE}/gone`, httpStatus: 404, error: 'HTTP 404', results: [] },
    ]);
    expect(report.steps[0]).toMatchObject({ status: 'missing', redirectedTo: `${BASE}/login?next=%2Freports%2Fnew` });
    expect(report.steps[1]).toMatchObject({ status: 'page_error', httpStatus: 404, error: 'HTTP 404' });
    expect(report.broken).toBe(2);
  });

  it('only warns about a hidden target, or a missing one that may appear after the previous click', () => {
    const plan = planHealthCheck([guide([tooltip('menu', 'target_click'), tooltip('item'), tooltip('hidden')], ['/'])], { baseUrl: BASE });
    const report = buildHealthReport(BASE, plan, [{ url: `${BASE}/`, finalUrl: `${BASE}/`, results: ['found', 'not_found', 'not_visible'] }]);
    expect(report.steps.map((s) => s.status)).toEqual(['ok', 'unverified', 'hidden']);
    expect(report.broken).toBe(0);
  });

  it('counts two equally good matches as broken: the SDK would show nothing', () => {
    const plan = planHealthCheck([guide([tooltip('a')], ['/'])], { baseUrl: BASE });
    expect(buildHealthReport(BASE, plan, [{ url: `${BASE}/`, finalUrl: `${BASE}/`, results: ['ambiguous'] }]).broken).toBe(1);
  });

  it('lists skipped steps in guide order', () => {
    const plan = planHealthCheck([guide([tooltip('a'), { ...tooltip('b'), page: '/reports/*' }], ['/'])], { baseUrl: BASE });
    const report = buildHealthReport(BASE, plan, [{ url: `${BASE}/`, finalUrl: `${BASE}/`, results: ['found'] }]);
    expect(report.steps.map((s) => [s.stepId, s.status, s.skipReason])).toEqual([['a', 'ok', undefined], ['b', 'skipped', 'wildcard_page']]);
  });
});
