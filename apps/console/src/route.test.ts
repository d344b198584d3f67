import { describe, expect, it } from 'vitest';
import { ALL_USERS, DEFAULT_ACCOUNTS_QUERY, DEFAULT_AUDIT_QUERY, href, parseRoute, type Route } from './route.js';

describe('console routes', () => {
  it('round-trips every route through the hash', () => {
    const routes: Route[] = [
      { page: 'home' },
      { page: 'guides', projectId: 'p1' },
      { page: 'guide', projectId: 'p1', guideId: 'g 2' },
      { page: 'guide', projectId: 'p1', guideId: 'g1', step: 'amount' },
      { page: 'guide-analytics', projectId: 'p1', guideId: 'g1', query: ALL_USERS },
      { page: 'stuck', projectId: 'p1' },
      { page: 'help-searches', projectId: 'p1', query: {} },
      { page: 'help-searches', projectId: 'p1', query: { from: '2026-11-01', to: '2026-11-30' } },
      { page: 'accounts', projectId: 'p1', query: DEFAULT_ACCOUNTS_QUERY },
      { page: 'settings', projectId: 'p1' },
      { page: 'segments', projectId: 'p1' },
      { page: 'audit', projectId: 'p1', query: DEFAULT_AUDIT_QUERY },
      { page: 'webhooks', projectId: 'p1' },
      { page: 'members' },
      { page: 'new-project' },
    ];
    for (const route of routes) expect(parseRoute(href(route))).toEqual(route);
  });
  it('keeps only real days in the help searches range', () => {
    expect(parseRoute('#/p/p1/help-searches?from=2026-11-01&to=soon')).toEqual({ page: 'help-searches', projectId: 'p1', query: { from: '2026-11-01' } });
  });

  it('sends anything unknown home', () => {
    expect(parseRoute('#/nowhere')).toEqual({ page: 'home' });
    expect(parseRoute('')).toEqual({ page: 'home' });
  });
});

describe('analytics filters in the hash', () => {
  it('round-trips every filter, with values that hold colons, spaces and Japanese', () => {
    const route: Route = {
      page: 'guide-analytics',
      projectId: 'p1',
      guideId: 'g1',
      query: {
        version: 3,
        compare: 2,
        from: '2026-11-01',
        to: '2026-11-30',
        traits: [
          { key: 'plan', value: 'business' },
          { key: 'signup', value: '10:30 am' },
        ],
        accountTraits: [{ key: 'industry', value: '小売 & 卸' }],
        locale: 'ja',
      },
    };
    const hash = href(route);
    expect(hash).toMatch(/^#\/p\/p1\/guides\/g1\/analytics\?version=3&compare=2&from=2026-11-01&to=2026-11-30&trait=plan%3Abusiness&trait=/);
    expect(parseRoute(hash)).toEqual(route);
  });
  it('leaves the query out when nothing is filtered, so the plain link stays short', () => {
    expect(href({ page: 'guide-analytics', projectId: 'p1', guideId: 'g1', query: ALL_USERS })).toBe('#/p/p1/guides/g1/analytics');
  });
  it('drops values that cannot be right instead of sending them to the server', () => {
    const route = parseRoute('#/p/p1/guides/g1/analytics?version=abc&compare=0&from=yesterday&to=2026-13&trait=plan&trait=:x&accountTrait=tier:');
    expect(route).toEqual({ page: 'guide-analytics', projectId: 'p1', guideId: 'g1', query: ALL_USERS });
  });
  it('does not compare a version with itself', () => {
    const route = parseRoute('#/p/p1/guides/g1/analytics?version=2&compare=2');
    expect(route.page === 'guide-analytics' && route.query).toEqual({ version: 2, traits: [], accountTraits: [] });
  });
});

describe('accounts table state in the hash', () => {
  it('round-trips sort, order, the stalled toggle, the search and a one-based page', () => {
    const route: Route = { page: 'accounts', projectId: 'p1', query: { sort: 'stalledUsers', order: 'desc', stalled: true, q: 'acme kk', page: 2 } };
    expect(href(route)).toBe('#/p/p1/accounts?sort=stalledUsers&order=desc&stalled=1&q=acme+kk&page=3');
    expect(parseRoute(href(route))).toEqual(route);
  });
  it('ignores an unknown sort column and a bad page', () => {
    expect(parseRoute('#/p/p1/accounts?sort=password&order=sideways&page=-4')).toEqual({ page: 'accounts', projectId: 'p1', query: DEFAULT_ACCOUNTS_QUERY });
  });
});

describe('audit log filters in the hash', () => {
  it('round-trips the action, the person and a one-based page', () => {
    const route: Route = { page: 'audit', projectId: 'p1', query: { action: 'member.role_changed', actor: 'u-7', page: 1 } };
    expect(href(route)).toBe('#/p/p1/audit?action=member.role_changed&actor=u-7&page=2');
    expect(parseRoute(href(route))).toEqual(route);
  });
  it('drops an action that is not shaped like one and a bad page', () => {
    expect(parseRoute('#/p/p1/audit?action=<script>&page=0')).toEqual({ page: 'audit', projectId: 'p1', query: DEFAULT_AUDIT_QUERY });
  });
});
