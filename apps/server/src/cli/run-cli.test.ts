import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { PublishedGuide } from '@shirube/schema';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { openDatabase } from '../db/database.js';
import { DEMO_PROJECT_NAME } from '../seed/demo-guide.js';
import { freshPostgresTestUrl } from '../test-database.js';
import { runCli } from './run-cli.js';

const dirs: string[] = [];
function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shirube-cli-'));
  dirs.push(dir);
  return join(dir, 'shirube.db');
}
/** A new PostgreSQL database under `pnpm test:postgres`, else a SQLite file. */
const demoDatabase = async () => (await freshPostgresTestUrl()) ?? tempDb();
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, env);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cli', () => {
  it('create-project prints the project and keys that work against the API', async () => {
    const database = tempDb();
    const result = await run(['create-project', '--name', 'Acme'], { DATABASE_URL: database });
    expect(result.code).toBe(0);
    const created = JSON.parse(result.out) as { projectId: string; name: string; publicKey: string; secretKey: string };
    expect(Object.keys(created)).toEqual(['projectId', 'name', 'publicKey', 'secretKey']);
    expect(created.name).toBe('Acme');
    const db = openDatabase(database);
    try {
      const app = createApp({ db });
      expect((await app.request('/api/v1/guides', { headers: { authorization: `Bearer ${created.secretKey}` } })).status).toBe(200);
      expect((await app.request(`/sdk/v1/guides?key=${created.publicKey}`)).status).toBe(200);
    } finally {
      await db.destroy();
    }
  });

  // On SQLite, and on PostgreSQL under `pnpm test:postgres` (which kept no keys before they moved into the database).
  it('seed-demo is idempotent and keeps printing working keys, kept in the database', async () => {
    const database = await demoDatabase();
    const first = await run(['seed-demo', '--database', database]);
    expect(first.code).toBe(0);
    const seed = JSON.parse(first.out) as { projectId: string; publicKey: string; secretKey: string; guideId: string };
    expect(existsSync(join(dirname(database), 'demo-keys.json'))).toBe(false);

    const second = await run(['seed-demo', '--database', database]);
    expect(JSON.parse(second.out)).toEqual(seed);

    const db = openDatabase(database);
    try {
      expect(await db.selectFrom('projects').select('id').where('name', '=', DEMO_PROJECT_NAME).execute()).toHaveLength(1);
      expect(await db.selectFrom('guides').select('id').execute()).toHaveLength(3);
      const app = createApp({ db });
      const live = (await (await app.request(`/sdk/v1/guides?key=${seed.publicKey}`)).json()) as { guides: PublishedGuide[]; launcher?: unknown };
      // The welcome tour first (it has priority), then the dashboard's hotspots and the maintenance banner.
      expect(live.guides.map((g) => [g.kind, g.steps[0]!.kind])).toEqual([
        ['walkthrough', 'modal'],
        ['hotspots', 'tooltip'],
        ['walkthrough', 'banner'],
      ]);
      // The sample project shows the help launcher, with a contact link for searches that find nothing.
      expect(live.launcher).toEqual({ enabled: true, buttonLabel: '', panelTitle: '', contactHref: 'mailto:support@keihi.example' });
      expect(live.guides[0]).toMatchObject({ id: seed.guideId, version: 1, name: 'Welcome to Expenses', displayRules: { urlPatterns: ['/'] } });
      expect(live.guides[0]!.steps.map((s) => [s.kind, s.target?.attrs?.['data-testid'] ?? null, 'placement' in s ? s.placement : null])).toEqual([
        ['modal', null, 'auto'],
        ['tooltip', 'new-report', 'bottom'],
        ['tooltip', 'nav-reports', 'right'],
      ]);
      const auth = { authorization: `Bearer ${seed.secretKey}` };
      expect((await app.request(`/api/v1/guides/${seed.guideId}/funnel`, { headers: auth })).status).toBe(200);
    } finally {
      await db.destroy();
    }
  });

  it('seed-demo issues a new secret key when the saved one is lost', async () => {
    const database = await demoDatabase();
    const first = JSON.parse((await run(['seed-demo', '--database', database])).out) as { secretKey: string; projectId: string };
    const forget = openDatabase(database);
    await forget.deleteFrom('demo_keys').execute();
    await forget.destroy();
    const second = JSON.parse((await run(['seed-demo', '--database', database])).out) as { secretKey: string; projectId: string };
    expect(second.projectId).toBe(first.projectId);
    expect(second.secretKey).not.toBe(first.secretKey);
    const db = openDatabase(database);
    try {
      const app = createApp({ db });
      const call = (key: string) => app.request('/api/v1/guides', { headers: { authorization: `Bearer ${key}` } });
      expect((await call(second.secretKey)).status).toBe(200);
      expect((await call(first.secretKey)).status).toBe(401);
      const rotations = await db.selectFrom('audit_log').select(['actor_type', 'detail']).where('action', '=', 'key.rotated').execute();
      expect(rotations).toEqual([{ actor_type: 'system', detail: JSON.stringify({ key: 'secret' }) }]);
    } finally {
      await db.destroy();
    }
  });

  it('seed-demo keeps printing the secret key an earlier version saved in demo-keys.json', async () => {
    const database = tempDb();
    const first = JSON.parse((await run(['seed-demo', '--database', database])).out) as { projectId: string; publicKey: string; secretKey: string };
    // What an earlier version left behind: the key in a file, none in the database.
    writeFileSync(join(dirname(database), 'demo-keys.json'), JSON.stringify(first));
    const db = openDatabase(database);
    await db.deleteFrom('demo_keys').execute();
    await db.destroy();
    expect(JSON.parse((await run(['seed-demo', '--database', database])).out)).toMatchObject(first);
    rmSync(join(dirname(database), 'demo-keys.json'));
    expect(JSON.parse((await run(['seed-demo', '--database', database])).out)).toMatchObject(first);
  });

  it('create-user prints a generated password that signs in to the console', async () => {
    const database = tempDb();
    const result = await run(['create-user', '--email', 'Kai@Example.com', '--name', 'Kai', '--role', 'editor', '--database', database]);
    expect(result.code).toBe(0);
    const created = JSON.parse(result.out) as { userId: string; email: string; role: string; password: string };
    expect(created).toMatchObject({ email: 'kai@example.com', name: 'Kai', role: 'editor' });
    expect(created.password.length).toBeGreaterThanOrEqual(16);
    const chosen = await run(['create-user', '--email', 'lee@example.com', '--name', 'Lee', '--role', 'viewer', '--password', 'my own password', '--database', database]);
    expect(JSON.parse(chosen.out)).not.toHaveProperty('password');
    const dup = await run(['create-user', '--email', 'kai@example.com', '--name', 'K', '--role', 'owner', '--database', database]);
    expect(dup.code).toBe(1);
    expect(dup.err).toContain('already exists');

    const db = openDatabase(database);
    try {
      const app = createApp({ db });
      const signIn = (email: string, password: string) => app.request('/api/console/session', { method: 'POST', body: JSON.stringify({ email, password }) });
      expect((await signIn('kai@example.com', created.password)).status).toBe(200);
      expect((await signIn('lee@example.com', 'my own password')).status).toBe(200);
      // Members added from the command line are in the audit log like invitations, the refused duplicate is not.
      const audit = await db.selectFrom('audit_log').select(['action', 'actor_type', 'object_name']).orderBy('seq').execute();
      expect(audit).toEqual([
        { action: 'member.invited', actor_type: 'system', object_name: 'Kai <kai@example.com>' },
        { action: 'member.invited', actor_type: 'system', object_name: 'Lee <lee@example.com>' },
      ]);
    } finally {
      await db.destroy();
    }
  });

  it('create-user names the missing or bad flag', async () => {
    const database = tempDb();
    expect((await run(['create-user', '--name', 'X', '--role', 'owner', '--database', database])).err).toContain('email: needs --email');
    expect((await run(['create-user', '--email', 'x@example.com', '--name', 'X', '--role', 'admin', '--database', database])).err).toContain('role: must be');
    const short = await run(['create-user', '--email', 'x@example.com', '--name', 'X', '--role', 'owner', '--password', 'short', '--database', database]);
    expect(short.code).toBe(2);
    expect(short.err).toContain('password: must be at least 10 characters');
  });

  it('prints usage for --help and refuses bad input', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['create-project', 'seed-demo', 'create-user', 'migrate', 'backup', 'restore', 'check-guides']) {
      expect(help.out).toContain(`\n  ${command} `);
    }
    expect((await run([])).code).toBe(2);
    expect((await run(['explode'])).err).toContain('Unknown command: explode');
    expect((await run(['create-project'])).err).toContain('--name');
    expect((await run(['create-project', '--nmae', 'x'])).code).toBe(2);
    const pg = await run(['migrate', '--database', 'postgres://127.0.0.1:1/x']);
    expect(pg.code).toBe(1);
    expect(pg.err).toContain('ECONNREFUSED');
  });

  it.each([
    ['create-project', 'Usage: shirube create-project --name <name>'],
    ['seed-demo', 'Usage: shirube seed-demo [--database <url>]'],
    ['create-user', 'Usage: shirube create-user --email <email> --name <name> --role <owner|editor|viewer>'],
    ['migrate', 'Usage: shirube migrate [--database <url>]'],
    ['backup', 'Usage: shirube backup <file> [--force]'],
    ['restore', 'Usage: shirube restore <file> [--force]'],
    ['check-guides', 'Usage: shirube check-guides --server <url> --key <secret key> --base-url <app url>'],
  ])('%s --help prints its own usage and does nothing else', async (command, usage) => {
    const database = tempDb();
    const help = await run([command, '--help', '--database', database]);
    expect(help.code).toBe(0);
    expect(help.out.startsWith(usage)).toBe(true);
    // Only this command's usage, not the overview of every command.
    expect(help.out).not.toContain('Commands:');
    expect((await run([command, '-h'])).out).toBe(help.out);
    expect(existsSync(database)).toBe(false);
  });

  it('runs as a real process (smoke test)', async () => {
    const serverDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'create-project', '--name', 'Smoke'], {
      cwd: serverDir,
      env: { ...process.env, DATABASE_URL: tempDb() },
    });
    expect(JSON.parse(stdout)).toMatchObject({ name: 'Smoke', publicKey: expect.stringMatching(/^pk_/), secretKey: expect.stringMatching(/^sk_/) });
  });
});
