import { describe, expect, it } from 'vitest';
import { href, parseRoute, type Route } from './route.js';

describe('console routes', () => {
  it('round-trips every route through the hash', () => {
    const routes: Route[] = [
      { page: 'home' },
      { page: 'guides', projectId: 'p1' },
      { page: 'guide', projectId: 'p1', guideId: 'g 2' },
      { page: 'settings', projectId: 'p1' },
      { page: 'members' },
      { page: 'new-project' },
    ];
    for (const route of routes) expect(parseRoute(href(route))).toEqual(route);
  });
  it('sends anything unknown home', () => {
    expect(parseRoute('#/nowhere')).toEqual({ page: 'home' });
    expect(parseRoute('')).toEqual({ page: 'home' });
  });
});
