import type { ConsoleRole } from './console-types.js';
import { hashPassword } from '../auth/passwords.js';
import { DEFAULT_SECURITY } from '../config.js';
import { setupTest, type TestContext } from '../test-support.js';
import { createSession } from '../users/sessions.repo.js';
import { insertUser, type UserRecord } from '../users/users.repo.js';
import { SESSION_COOKIE } from './session-cookie.js';

/** Test-only: the server's origin as `app.request()` sees it. */
export const ORIGIN = 'http://localhost';

/** The password every test user has. */
export const PASSWORD = 'correct horse battery';

// Cheap scrypt parameters for fixtures only: the default cost is tested in auth/passwords.test.ts.
let fixtureHash: Promise<string> | null = null;
const passwordHash = () => (fixtureHash ??= hashPassword(PASSWORD, { N: 2 ** 10, r: 8, p: 1 }));

/** A signed-in test user with the cookie and CSRF token a browser would hold. */
export interface Actor {
  user: UserRecord;
  cookie: string;
  csrfToken: string;
}

export interface ConsoleTestContext extends TestContext {
  owner: Actor;
  editor: Actor;
  viewer: Actor;
  /** Adds a user with `PASSWORD` and signs them in. */
  addUser(role: ConsoleRole, email: string): Promise<Actor>;
  /**
   * A console API call (`path` under `/api/console`) as `actor` (anonymous when null), sending
   * Origin and X-CSRF-Token like the console does unless `headers` overrides them.
   */
  call(actor: Actor | null, method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
}

export async function setupConsole(options: Parameters<typeof setupTest>[0] = {}): Promise<ConsoleTestContext> {
  const t = await setupTest(options);
  const addUser = async (role: ConsoleRole, email: string): Promise<Actor> => {
    const user = await insertUser(t.db, { email, name: `${role} ${email.split('@')[0]}`, role, passwordHash: await passwordHash() });
    const session = await createSession(t.db, user.id, { absoluteMs: DEFAULT_SECURITY.sessionAbsoluteMs });
    return { user, cookie: `${SESSION_COOKIE}=${session.id}`, csrfToken: session.csrfToken };
  };
  const owner = await addUser('owner', 'owner@example.com');
  const editor = await addUser('editor', 'editor@example.com');
  const viewer = await addUser('viewer', 'viewer@example.com');
  return {
    ...t,
    owner,
    editor,
    viewer,
    addUser,
    call: async (actor, method, path, body, headers = {}) =>
      t.app.request(`${ORIGIN}/api/console${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          origin: ORIGIN,
          ...(actor ? { cookie: actor.cookie, 'x-csrf-token': actor.csrfToken } : {}),
          ...headers,
        },
        ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      }),
  };
}
