import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plainText, uuidv7, type GuideInput } from '@shirube/schema';
import { createApp } from './app.js';
import type { RateLimit } from './http/rate-limit.js';
import type { OpenInspector } from './health/page-inspector.js';
import type { Database } from './db/database.js';
import { freshTestDatabase } from './test-database.js';
import { createProject, type CreatedProject } from './projects/projects.repo.js';

/** Test-only helpers: a fresh migrated database (test-database.ts), two projects, and request shortcuts. */
export interface TestContext {
  db: Database;
  app: ReturnType<typeof createApp>;
  project: CreatedProject;
  other: CreatedProject;
  /** An admin API call with the project's secret key (or `key`). */
  admin(method: string, path: string, body?: unknown, key?: string): Promise<Response>;
  /** An SDK call with the project's public key in the query. */
  sdk(method: string, path: string, init?: { body?: string; headers?: Record<string, string>; key?: string }): Promise<Response>;
}

/**
 * `trustProxy` (on by default in tests) lets a request pick its client IP with `X-Forwarded-For`;
 * without the header the IP is unknown, as `app.request()` has no socket.
 */
export async function setupTest(options: { sdkDir?: string; ingestRate?: RateLimit; openInspector?: OpenInspector } = {}): Promise<TestContext> {
  const db = await freshTestDatabase();
  const app = createApp({
    db,
    trustProxy: true,
    // API tests start no browser: a health check fails at once unless the test gives it pages.
    openInspector: options.openInspector ?? noBrowser,
    sdkDir: options.sdkDir ?? mkdtempSync(join(tmpdir(), 'shirube-sdk-')),
    ...(options.ingestRate ? { ingestRate: options.ingestRate } : {}),
  });
  const project = await createProject(db, 'Acme');
  const other = await createProject(db, 'Other');
  return {
    db,
    app,
    project,
    other,
    admin: async (method, path, body, key = project.secretKey) =>
      app.request(`/api/v1${path}`, {
        method,
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      }),
    sdk: async (method, path, init = {}) => {
      const separator = path.includes('?') ? '&' : '?';
      return app.request(`/sdk/v1${path}${separator}key=${init.key ?? project.publicKey}`, {
        method,
        headers: init.headers ?? {},
        ...(init.body === undefined ? {} : { body: init.body }),
      });
    },
  };
}

const noBrowser: OpenInspector = async () => {
  throw new Error('no browser in API tests');
};

/** A valid two-step guide input. */
export function sampleGuide(name = 'Onboarding'): GuideInput {
  return {
    name,
    steps: [
      { id: 'hello', kind: 'modal', title: 'Hello', content: plainText('Welcome'), advance: 'next' },
      {
        id: 'create',
        kind: 'tooltip',
        title: 'Create',
        content: plainText('Click here'),
        advance: 'target_click',
        target: { v: 1, tag: 'a', attrs: { 'data-testid': 'new-report' } },
      },
    ],
  };
}

/** Creates and publishes a guide through the API; returns its id and version. */
export async function publishedGuide(t: TestContext, input: GuideInput = sampleGuide()): Promise<{ id: string; version: number }> {
  const created = (await (await t.admin('POST', '/guides', input)).json()) as { id: string };
  const published = (await (await t.admin('POST', `/guides/${created.id}/publish`)).json()) as { version: number };
  return { id: created.id, version: published.version };
}

/** Builds an event with sensible defaults. */
export function event(fields: Record<string, unknown>, timestamp = Date.now()): Record<string, unknown> {
  return { id: uuidv7(timestamp), anonymousId: 'anon-1', timestamp, path: '/', ...fields };
}

/** Posts a batch the way the SDK does: JSON labelled text/plain. */
export function postEvents(t: TestContext, events: unknown[], sentAt = Date.now(), key?: string): Promise<Response> {
  return t.sdk('POST', '/events', {
    body: JSON.stringify({ sentAt, events }),
    headers: { 'content-type': 'text/plain;charset=UTF-8' },
    ...(key ? { key } : {}),
  });
}

/** Reads a JSON error body's code. */
export async function errorOf(res: Response): Promise<{ code: string; message: string }> {
  return ((await res.json()) as { error: { code: string; message: string } }).error;
}
