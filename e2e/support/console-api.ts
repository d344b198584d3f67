import type { ConsoleGuide, ConsoleProject, ConsoleUser } from '@shirube/server/types';

/**
 * A console API client with its own session cookie and CSRF token, for the parts of a browser
 * test that are not about the console's screens (a second member, a role check).
 */
export function consoleApi(serverUrl: string) {
  let cookie = '';
  let csrf = '';
  async function call<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const res = await fetch(`${serverUrl}/api/console${path}`, {
      method,
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf, origin: serverUrl },
      body: body === undefined ? null : JSON.stringify(body),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) cookie = setCookie.split(';')[0]!;
    const text = await res.text();
    const parsed = (text ? JSON.parse(text) : undefined) as T & { csrfToken?: string };
    if (parsed && typeof parsed === 'object' && parsed.csrfToken) csrf = parsed.csrfToken;
    return { status: res.status, body: parsed };
  }
  const ok = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await call<T>(method, path, body);
    if (res.status >= 300) throw new Error(`${method} ${path} -> ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  };
  return {
    call,
    setup: (email: string, name: string, password: string) => ok<{ user: ConsoleUser }>('POST', '/setup', { email, name, password }),
    signIn: (email: string, password: string) => ok<{ user: ConsoleUser }>('POST', '/session', { email, password }),
    createProject: (name: string) => ok<{ project: ConsoleProject; secretKey: string }>('POST', '/projects', { name }),
    allowOrigins: (projectId: string, allowedOrigins: string[]) => ok<{ project: ConsoleProject }>('PATCH', `/projects/${projectId}`, { allowedOrigins }),
    createGuide: (projectId: string, name: string) => ok<ConsoleGuide>('POST', `/projects/${projectId}/guides`, { name }),
    guide: (projectId: string, guideId: string) => ok<ConsoleGuide>('GET', `/projects/${projectId}/guides/${guideId}`),
    publish: (projectId: string, guideId: string) => ok<{ version: number }>('POST', `/projects/${projectId}/guides/${guideId}/publish`),
    builderLink: (projectId: string, guideId: string, appUrl: string) =>
      ok<{ url: string }>('POST', `/projects/${projectId}/guides/${guideId}/builder-token`, { appUrl }),
    invite: (email: string, name: string, role: 'owner' | 'editor' | 'viewer') =>
      ok<{ temporaryPassword: string }>('POST', '/members', { email, name, role }),
  };
}
