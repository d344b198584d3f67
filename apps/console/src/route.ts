import { useEffect, useState } from 'preact/hooks';

/** Where the console is: a hash route, so the server needs to know only `/`. */
export type Route =
  | { page: 'home' }
  | { page: 'guides'; projectId: string }
  | { page: 'guide'; projectId: string; guideId: string }
  | { page: 'settings'; projectId: string }
  | { page: 'members' }
  | { page: 'new-project' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'members') return { page: 'members' };
  if (parts[0] === 'new-project') return { page: 'new-project' };
  if (parts[0] === 'p' && parts[1]) {
    if (parts[2] === 'settings') return { page: 'settings', projectId: parts[1] };
    if (parts[2] === 'guides' && parts[3]) return { page: 'guide', projectId: parts[1], guideId: parts[3] };
    return { page: 'guides', projectId: parts[1] };
  }
  return { page: 'home' };
}

export function href(route: Route): string {
  switch (route.page) {
    case 'guides':
      return `#/p/${encodeURIComponent(route.projectId)}/guides`;
    case 'guide':
      return `#/p/${encodeURIComponent(route.projectId)}/guides/${encodeURIComponent(route.guideId)}`;
    case 'settings':
      return `#/p/${encodeURIComponent(route.projectId)}/settings`;
    case 'members':
      return '#/members';
    case 'new-project':
      return '#/new-project';
    default:
      return '#/';
  }
}

export const go = (route: Route) => {
  location.hash = href(route);
};

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
