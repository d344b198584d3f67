import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plainText, uuidv7 } from '@shirube/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Funnel } from './analytics/analytics-types.js';
import { hashPassword } from './auth/passwords.js';
import type { ConsoleGuide } from './console/console-types.js';
import { migrateToLatest, openDatabase, type Database } from './db/database.js';
import { createProject, updateProject, type CreatedProject } from './projects/projects.repo.js';
import { freshPostgresTestUrl } from './test-database.js';
import { SERVED_BY, startRoundRobinProxy, startServerProcess, type RoundRobinProxy, type ServerProcess } from './test-processes.js';
import { insertUser } from './users/users.repo.js';

// Two real server processes on one database behind one address: everything a console user and the
// SDK rely on must hold whichever process answers. The proxy alternates strictly, so two requests
// in a row reach different processes (each test checks that it did).

const PASSWORD = 'correct horse battery';
const APP = 'https://app.example.com';
/** The ingest limit both processes are started with: a burst of 6 batches, practically no refill. */
const BURST = 6;

interface Cluster {
  db: Database;
  proxy: RoundRobinProxy;
  servers: ServerProcess[];
  project: CreatedProject;
  /** A second project, whose key only the rate-limit test spends. */
  limited: CreatedProject;
  cleanup(): Promise<void>;
}

async function startCluster(databaseUrl: string, cleanupDatabase: () => void = () => {}): Promise<Cluster> {
  const db = openDatabase(databaseUrl);
  await migrateToLatest(db);
  const passwordHash = await hashPassword(PASSWORD, { N: 2 ** 10, r: 8, p: 1 });
  await insertUser(db, { email: 'owner@example.com', name: 'Owner', role: 'owner', passwordHash });
  await insertUser(db, { email: 'guesser@example.com', name: 'Guesser', role: 'editor', passwordHash });
  const project = await createProject(db, 'Acme');
  const limited = await createProject(db, 'Busy');
  await updateProject(db, project.project.id, { allowedOrigins: [APP] });
  const env = { DATABASE_URL: databaseUrl, SHIRUBE_INGEST_RATE: '0.0001', SHIRUBE_INGEST_BURST: String(BURST) };
  const servers = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  const proxy = await startRoundRobinProxy(servers.map((server) => server.url));
  return {
    db,
    proxy,
    servers,
    project,
    limited,
    async cleanup() {
      await proxy.close();
      await Promise.all(servers.map((server) => server.stop()));
      await db.destroy();
      cleanupDatabase();
    },
  };
}

/** A signed-in console user as a browser holds it. */
interface Browser {
  cookie: string;
  csrfToken: string;
}

function sharedStateSuite(database: () => Promise<{ url: string; cleanup?: () => void }>) {
  let c: Cluster;
  beforeAll(async () => {
    const { url, cleanup } = await database();
    c = await startCluster(url, cleanup);
  }, 60_000);
  afterAll(async () => c?.cleanup());

  const servedBy = (res: Response) => res.headers.get(SERVED_BY);
  /** A request through the proxy, as a browser on the console's origin sends it. */
  const call = (method: string, path: string, init: { body?: unknown; headers?: Record<string, string>; as?: Browser } = {}) =>
    fetch(`${c.proxy.url}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        origin: c.proxy.url,
        ...(init.as ? { cookie: init.as.cookie, 'x-csrf-token': init.as.csrfToken } : {}),
        ...init.headers,
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  const signIn = (email: string, password = PASSWORD) => call('POST', '/api/console/session', { body: { email, password } });
  const browserOf = async (res: Response): Promise<Browser> => ({
    cookie: res.headers.get('set-cookie')!.split(';')[0]!,
    csrfToken: ((await res.json()) as { csrfToken: string }).csrfToken,
  });
  const guides = () => `/api/console/projects/${c.project.project.id}/guides`;
  const newGuide = (name: string) => ({ name, steps: [{ id: 'hello', kind: 'modal', title: 'Hello', content: plainText('Hi'), advance: 'next' }] });

  it('signs in on one process and accepts a CSRF-protected write on the other, refusing it without the token', async () => {
    const signedIn = await signIn('owner@example.com');
    expect(signedIn.status).toBe(200);
    const browser = await browserOf(signedIn);
    const created = await call('POST', guides(), { body: newGuide('Tour'), as: browser });
    expect(created.status).toBe(201);
    expect(servedBy(created)).not.toBe(servedBy(signedIn));
    const forged = await call('POST', guides(), { body: newGuide('Forged'), headers: { cookie: browser.cookie } });
    expect(forged.status).toBe(403);
    expect(servedBy(forged)).toBe(servedBy(signedIn));
  });

  it('ends a session on every process when it signs out on one', async () => {
    const browser = await browserOf(await signIn('owner@example.com'));
    const read = await call('GET', '/api/console/session', { as: browser });
    expect(read.status).toBe(200);
    const out = await call('DELETE', '/api/console/session', { as: browser });
    expect(out.status).toBe(204);
    const after = await call('GET', '/api/console/session', { as: browser });
    expect(after.status).toBe(401);
    expect(servedBy(after)).not.toBe(servedBy(out));
    expect(servedBy(after)).toBe(servedBy(read));
  });

  it('counts failed sign-ins of both processes against one throttle', async () => {
    const attempts: Response[] = [];
    for (let i = 0; i < 6; i++) attempts.push(await signIn('guesser@example.com', 'wrong password'));
    expect(attempts.map((res) => res.status)).toEqual([401, 401, 401, 401, 401, 429]);
    expect(new Set(attempts.map(servedBy))).toEqual(new Set(['0', '1']));
    // Blocked on both processes, even with the right password.
    const right = [await signIn('guesser@example.com'), await signIn('guesser@example.com')];
    expect(right.map((res) => res.status)).toEqual([429, 429]);
  });

  it('claims a builder grant made on one process once, on the other', async () => {
    const browser = await browserOf(await signIn('owner@example.com'));
    const guide = (await (await call('POST', guides(), { body: newGuide('Built'), as: browser })).json()) as ConsoleGuide;
    const made = await call('POST', `${guides()}/${guide.id}/builder-token`, { body: { appUrl: `${APP}/reports` }, as: browser });
    expect(made.status).toBe(201);
    const grant = new URL(((await made.json()) as { url: string }).url).hash.replace('#shirube_builder=', '');
    const claim = () => call('POST', '/sdk/v1/builder/session', { body: { token: grant }, headers: { origin: APP, 'x-shirube-key': c.project.publicKey } });
    const first = await claim();
    expect(first.status).toBe(200);
    expect(servedBy(first)).not.toBe(servedBy(made));
    const second = await claim();
    expect(second.status).toBe(401);
    expect(servedBy(second)).toBe(servedBy(made));
  });

  it('stores an SDK batch posted to both processes at once only once, and counts it once in analytics', async () => {
    const browser = await browserOf(await signIn('owner@example.com'));
    const guide = (await (await call('POST', guides(), { body: newGuide('Counted'), as: browser })).json()) as ConsoleGuide;
    expect((await call('POST', `${guides()}/${guide.id}/publish`, { as: browser })).status).toBe(200);
    const now = Date.now();
    const base = { anonymousId: 'anon-1', userId: 'aiko', timestamp: now, path: '/' };
    const events = [
      { ...base, id: uuidv7(now), type: 'guide_started', guideId: guide.id, guideVersion: 1 },
      { ...base, id: uuidv7(now + 1), type: 'step_viewed', guideId: guide.id, guideVersion: 1, stepId: 'hello', stepIndex: 0 },
      { ...base, id: uuidv7(now + 2), type: 'guide_completed', guideId: guide.id, guideVersion: 1 },
    ];
    const body = JSON.stringify({ sentAt: now, events });
    const post = (server: ServerProcess) => fetch(`${server.url}/sdk/v1/events?key=${c.project.publicKey}`, { method: 'POST', body, headers: { 'content-type': 'text/plain' } });
    const answers = await Promise.all(c.servers.map(post));
    expect(answers.map((res) => res.status)).toEqual([202, 202]);
    const counts = (await Promise.all(answers.map((res) => res.json()))) as Array<{ accepted: number; duplicates: number }>;
    expect(counts.reduce((sum, n) => sum + n.accepted, 0)).toBe(3);
    expect(counts.reduce((sum, n) => sum + n.duplicates, 0)).toBe(3);
    const stored = await c.db.selectFrom('events').select('id').where('guide_id', '=', guide.id).execute();
    expect(stored).toHaveLength(3);
    const admin = { authorization: `Bearer ${c.project.secretKey}` };
    const funnel = (await (await call('GET', `/api/v1/guides/${guide.id}/funnel`, { headers: admin })).json()) as Funnel;
    expect(funnel).toMatchObject({ startedUsers: 1, completedUsers: 1 });
    expect(funnel.steps[0]!.viewedUsers).toBe(1);
  });

  it('answers 429 past one burst of the ingest limit across both processes, not two', async () => {
    const post = () =>
      call('POST', `/sdk/v1/events?key=${c.limited.publicKey}`, {
        body: { sentAt: Date.now(), events: [{ id: uuidv7(), type: 'track', name: 'clicked', anonymousId: 'a', timestamp: Date.now(), path: '/' }] },
        headers: { 'content-type': 'text/plain', origin: APP },
      });
    const answers: Response[] = [];
    for (let i = 0; i < 2 * BURST; i++) answers.push(await post());
    expect(answers.map((res) => res.status)).toEqual([...Array(BURST).fill(202), ...Array(BURST).fill(429)]);
    expect(new Set(answers.slice(BURST).map(servedBy))).toEqual(new Set(['0', '1']));
    expect(Number(answers.at(-1)!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const stored = await c.db.selectFrom('events').select('id').where('project_id', '=', c.limited.project.id).execute();
    expect(stored).toHaveLength(BURST);
  });
}

describe('two server processes behind one address, on one SQLite file (WAL)', () => {
  sharedStateSuite(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shirube-shared-'));
    return { url: join(dir, 'shirube.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('two server processes behind one address, on one PostgreSQL database (needs TEST_DATABASE_URL: run under pnpm test:postgres)', () => {
  sharedStateSuite(async () => ({ url: (await freshPostgresTestUrl())! }));
});
