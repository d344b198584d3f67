import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { hashPassword } from '../auth/passwords.js';
import { DEFAULT_SECURITY } from '../config.js';
import { migrateToLatest, openDatabase } from '../db/database.js';
import { errorOf } from '../test-support.js';
import { insertUser } from '../users/users.repo.js';
import { ORIGIN, PASSWORD } from './console-test-support.js';

const MINUTE = 60_000;

/** An app on a clock the test moves, trusting X-Forwarded-For so each test picks its client IP. */
async function clockedApp() {
  const db = openDatabase(':memory:');
  await migrateToLatest(db);
  const clock = { now: Date.UTC(2026, 11, 1, 9) };
  const app = createApp({ db, consoleDir: '/nonexistent', trustProxy: true, now: () => clock.now });
  const passwordHash = await hashPassword(PASSWORD, { N: 2 ** 10, r: 8, p: 1 });
  for (const [email, role] of [['owner@example.com', 'owner'], ['viewer@example.com', 'viewer']] as const) {
    await insertUser(db, { email, name: email.split('@')[0]!, role, passwordHash });
  }
  const request = (method: string, path: string, init: { body?: unknown; cookie?: string; csrf?: string; ip?: string } = {}) =>
    app.request(`${ORIGIN}/api/console${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        origin: ORIGIN,
        'x-forwarded-for': init.ip ?? '203.0.113.1',
        ...(init.cookie ? { cookie: init.cookie } : {}),
        ...(init.csrf ? { 'x-csrf-token': init.csrf } : {}),
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  const signIn = (email: string, password = PASSWORD, extra: { cookie?: string; ip?: string } = {}) =>
    request('POST', '/session', { body: { email, password }, ...extra });
  const cookieOf = (res: Response) => /shirube_session=([^;]*)/.exec(res.headers.get('set-cookie') ?? '')?.[1] ?? '';
  const whoAmI = async (id: string) => {
    const res = await request('GET', '/session', { cookie: `shirube_session=${id}` });
    return res.status === 200 ? ((await res.json()) as { user: { email: string } }).user.email : res.status;
  };
  return { db, app, clock, request, signIn, cookieOf, whoAmI };
}

describe('session id rotation', () => {
  it('issues a new id at every sign-in and ends the session the browser held before', async () => {
    const s = await clockedApp();
    const viewerId = s.cookieOf(await s.signIn('viewer@example.com'));
    expect(await s.whoAmI(viewerId)).toBe('viewer@example.com');
    // The same browser signs in as the owner: the viewer's id is not reused, nor promoted.
    const ownerRes = await s.signIn('owner@example.com', PASSWORD, { cookie: `shirube_session=${viewerId}` });
    expect(ownerRes.status).toBe(200);
    const ownerId = s.cookieOf(ownerRes);
    expect(ownerId).not.toBe(viewerId);
    expect(ownerId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await s.whoAmI(ownerId)).toBe('owner@example.com');
    expect(await s.whoAmI(viewerId)).toBe(401);
  });

  it('never adopts a session id planted before sign-in (fixation)', async () => {
    const s = await clockedApp();
    const planted = 'attacker-chosen-session-id-0000000000000000';
    const id = s.cookieOf(await s.signIn('owner@example.com', PASSWORD, { cookie: `shirube_session=${planted}` }));
    expect(id).not.toBe(planted);
    expect(await s.whoAmI(planted)).toBe(401);
  });
});

describe('session timeouts', () => {
  it(`ends a session idle for ${DEFAULT_SECURITY.sessionIdleMs / MINUTE} minutes; use keeps it alive`, async () => {
    const s = await clockedApp();
    const id = s.cookieOf(await s.signIn('owner@example.com'));
    // Used every 100 minutes for 5 hours: stays signed in.
    for (let i = 0; i < 3; i++) {
      s.clock.now += 100 * MINUTE;
      expect(await s.whoAmI(id)).toBe('owner@example.com');
    }
    s.clock.now += DEFAULT_SECURITY.sessionIdleMs - 1;
    expect(await s.whoAmI(id)).toBe('owner@example.com');
    s.clock.now += DEFAULT_SECURITY.sessionIdleMs;
    expect(await s.whoAmI(id)).toBe(401);
  });

  it(`ends a session ${DEFAULT_SECURITY.sessionAbsoluteMs / 60 / MINUTE} hours after sign-in, however busy`, async () => {
    const s = await clockedApp();
    const id = s.cookieOf(await s.signIn('owner@example.com'));
    const end = s.clock.now + DEFAULT_SECURITY.sessionAbsoluteMs;
    while (s.clock.now + 30 * MINUTE < end) {
      s.clock.now += 30 * MINUTE;
      expect(await s.whoAmI(id)).toBe('owner@example.com');
    }
    s.clock.now = end;
    expect(await s.whoAmI(id)).toBe(401);
  });

  it('takes its timeouts from the app options', async () => {
    const db = openDatabase(':memory:');
    await migrateToLatest(db);
    let now = 1_000_000;
    const app = createApp({ db, consoleDir: '/nonexistent', now: () => now, security: { ...DEFAULT_SECURITY, sessionIdleMs: 5 * MINUTE } });
    await insertUser(db, { email: 'a@example.com', name: 'A', role: 'owner', passwordHash: await hashPassword(PASSWORD, { N: 2 ** 10, r: 8, p: 1 }) });
    const res = await app.request(`${ORIGIN}/api/console/session`, { method: 'POST', body: JSON.stringify({ email: 'a@example.com', password: PASSWORD }) });
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    now += 5 * MINUTE;
    expect((await app.request('/api/console/session', { headers: { cookie } })).status).toBe(401);
  });
});

describe('sign-in throttling', () => {
  it('answers 429 with Retry-After after 5 failures for one email, whatever the IP, until the block ends', async () => {
    const s = await clockedApp();
    for (let i = 0; i < DEFAULT_SECURITY.signInFailuresPerEmail; i++) {
      expect((await s.signIn('owner@example.com', 'wrong password', { ip: `198.51.100.${i}` })).status).toBe(401);
    }
    // Even the right password, from a new address, waits: a block must not confirm a guess.
    const blocked = await s.signIn('owner@example.com', PASSWORD, { ip: '198.51.100.99' });
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toBe(String(DEFAULT_SECURITY.signInWindowMs / 1000));
    expect((await errorOf(blocked)).code).toBe('too_many_attempts');
    expect(s.cookieOf(blocked)).toBe('');
    // Other accounts are not affected.
    expect((await s.signIn('viewer@example.com', PASSWORD, { ip: '198.51.100.99' })).status).toBe(200);

    s.clock.now += 10 * MINUTE;
    expect(Number((await s.signIn('owner@example.com')).headers.get('retry-after'))).toBe(5 * 60);
    s.clock.now += 5 * MINUTE;
    expect((await s.signIn('owner@example.com')).status).toBe(200);
  });

  it('counts a burst of parallel guesses before checking any password: only 5 are tried', async () => {
    const s = await clockedApp();
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => s.signIn('owner@example.com', `guess ${i} wrong`, { ip: `198.51.100.${i}` })));
    const statuses = answers.map((res) => res.status).sort();
    expect(statuses).toEqual([...Array(DEFAULT_SECURITY.signInFailuresPerEmail).fill(401), ...Array(12 - DEFAULT_SECURITY.signInFailuresPerEmail).fill(429)]);
  });

  it('does not count a right password against the address', async () => {
    const s = await clockedApp();
    for (let i = 0; i < 30; i++) expect((await s.signIn(i % 2 ? 'owner@example.com' : 'viewer@example.com', PASSWORD, { ip: '192.0.2.50' })).status).toBe(200);
  });

  // Twenty full-cost scrypt runs for the unknown emails: slower than most tests.
  it('blocks one IP after 20 failures across many emails', async () => {
    const s = await clockedApp();
    for (let i = 0; i < DEFAULT_SECURITY.signInFailuresPerIp; i++) {
      expect((await s.signIn(`guess${i}@example.com`, 'wrong password', { ip: '192.0.2.7' })).status).toBe(401);
    }
    expect((await s.signIn('owner@example.com', PASSWORD, { ip: '192.0.2.7' })).status).toBe(429);
    expect((await s.signIn('owner@example.com', PASSWORD, { ip: '192.0.2.8' })).status).toBe(200);
  }, 30_000);

  it('counts failures in a 15-minute window: spaced-out mistakes never block', async () => {
    const s = await clockedApp();
    for (let i = 0; i < 12; i++) {
      expect((await s.signIn('owner@example.com', 'wrong password')).status).toBe(401);
      s.clock.now += 4 * MINUTE;
      if (i % 4 === 3) s.clock.now += 15 * MINUTE;
    }
    expect((await s.signIn('owner@example.com')).status).toBe(200);
  });

  it('forgets counts whose window and block are over', async () => {
    const s = await clockedApp();
    for (let i = 0; i < 3; i++) await s.signIn(`sprayed${i}@example.com`, 'wrong password');
    expect(await s.db.selectFrom('sign_in_failures').select('key').execute()).toHaveLength(4);
    s.clock.now += 16 * MINUTE;
    await s.signIn('owner@example.com', 'wrong password', { ip: '192.0.2.99' });
    expect((await s.db.selectFrom('sign_in_failures').select('key').execute()).map((r) => r.key).sort()).toEqual(['email:owner@example.com', 'ip:192.0.2.99']);
  });

  it('resets the email count on success', async () => {
    const s = await clockedApp();
    for (let i = 0; i < DEFAULT_SECURITY.signInFailuresPerEmail - 1; i++) await s.signIn('owner@example.com', 'wrong password', { ip: `198.51.100.${i}` });
    expect((await s.signIn('owner@example.com')).status).toBe(200);
    for (let i = 0; i < DEFAULT_SECURITY.signInFailuresPerEmail - 1; i++) {
      expect((await s.signIn('owner@example.com', 'wrong password', { ip: `198.51.100.${i}` })).status).toBe(401);
    }
  });

  it('treats an unknown email like a known one: same 401s, then the same 429', async () => {
    const s = await clockedApp();
    const answers = async (email: string) => {
      const out: unknown[] = [];
      for (let i = 0; i <= DEFAULT_SECURITY.signInFailuresPerEmail; i++) {
        const res = await s.signIn(email, 'wrong password', { ip: `198.51.100.${i}` });
        out.push([res.status, res.headers.get('retry-after'), await res.json()]);
      }
      return out;
    };
    const known = await answers('owner@example.com');
    expect((known.at(-1) as unknown[])[0]).toBe(429);
    expect(await answers('nobody@example.com')).toEqual(known);
  });
});

describe('no account enumeration by timing', () => {
  it('spends about as long on an unknown email as on a wrong password (both run scrypt at full cost)', async () => {
    const s = await clockedApp();
    // A member whose hash has the production cost, like every real account.
    await insertUser(s.db, { email: 'real@example.com', name: 'Real', role: 'editor', passwordHash: await hashPassword(PASSWORD) });
    const fastest = async (email: string, ip: string) => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        expect((await s.signIn(email, 'wrong password', { ip: `${ip}${i}` })).status).toBe(401);
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    const known = await fastest('real@example.com', '198.51.100.');
    const unknown = await fastest('nobody@example.com', '192.0.2.');
    expect(unknown / known).toBeGreaterThan(0.5);
    expect(unknown / known).toBeLessThan(2);
  });
});
