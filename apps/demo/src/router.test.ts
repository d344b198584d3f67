import { describe, expect, it } from 'vitest';
import { inAppHref, matchPath, matchRoutes, type LinkClick } from './router.js';

describe('matchPath', () => {
  it('matches static paths, ignoring trailing slashes', () => {
    expect(matchPath('/reports', '/reports')).toEqual({});
    expect(matchPath('/reports', '/reports/')).toEqual({});
    expect(matchPath('/', '/')).toEqual({});
  });

  it('captures and decodes parameters', () => {
    expect(matchPath('/reports/:id', '/reports/r-0001')).toEqual({ id: 'r-0001' });
    expect(matchPath('/reports/:id', '/reports/a%20b')).toEqual({ id: 'a b' });
  });

  it('rejects paths of another length or with another static segment', () => {
    expect(matchPath('/reports/:id', '/reports')).toBeNull();
    expect(matchPath('/reports/:id', '/reports/1/edit')).toBeNull();
    expect(matchPath('/reports', '/settings')).toBeNull();
    expect(matchPath('/', '/reports')).toBeNull();
  });

  it('rejects a malformed escape instead of throwing', () => {
    expect(matchPath('/reports/:id', '/reports/%E0%A4%A')).toBeNull();
  });
});

describe('matchRoutes', () => {
  const routes = [{ path: '/' }, { path: '/reports/new' }, { path: '/reports/:id' }] as const;

  it('prefers the first matching route, so /reports/new is not read as a report id', () => {
    expect(matchRoutes(routes, '/reports/new')?.route.path).toBe('/reports/new');
    expect(matchRoutes(routes, '/reports/r-7')).toEqual({ route: { path: '/reports/:id' }, params: { id: 'r-7' } });
  });

  it('returns null when nothing matches', () => {
    expect(matchRoutes(routes, '/nowhere/at/all')).toBeNull();
  });
});

describe('inAppHref', () => {
  const origin = 'https://app.example';
  const click: LinkClick = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, defaultPrevented: false };
  const link = { href: 'https://app.example/reports?status=draft#top', target: '', hasDownload: false };

  it('keeps plain clicks on same-origin links in the app, with query and hash', () => {
    expect(inAppHref(click, link, origin)).toBe('/reports?status=draft#top');
    expect(inAppHref(click, { ...link, target: '_self' }, origin)).toBe('/reports?status=draft#top');
  });

  it('leaves modified, non-primary and already handled clicks to the browser', () => {
    expect(inAppHref({ ...click, metaKey: true }, link, origin)).toBeNull();
    expect(inAppHref({ ...click, ctrlKey: true }, link, origin)).toBeNull();
    expect(inAppHref({ ...click, button: 1 }, link, origin)).toBeNull();
    expect(inAppHref({ ...click, defaultPrevented: true }, link, origin)).toBeNull();
  });

  it('leaves other origins, new windows and downloads to the browser', () => {
    expect(inAppHref(click, { ...link, href: 'https://example.com/help' }, origin)).toBeNull();
    expect(inAppHref(click, { ...link, target: '_blank' }, origin)).toBeNull();
    expect(inAppHref(click, { ...link, hasDownload: true }, origin)).toBeNull();
  });
});
