import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { startIngestLoad, type IngestLoad } from '../events/ingest-load.js';
import { createProject } from '../projects/projects.repo.js';
import { startServer, type RunningServer } from '../server.js';
import { checkIntegrity } from './backup.js';
import { migrateToLatest, openDatabase } from './database.js';

const BATCH = 10;
const dirs: string[] = [];
const servers: RunningServer[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shirube-backup-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function cliProcess(...args: string[]) {
  const serverDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: serverDir });
  return { code: 0, out: stdout };
}

/** A server on a fresh database file with one project. */
async function serve(database: string) {
  const db = openDatabase(database);
  await migrateToLatest(db);
  const { publicKey } = await createProject(db, 'Acme');
  const server = await startServer({ databaseUrl: database, port: 0, host: '127.0.0.1', db });
  servers.push({ ...server, close: async () => (await server.close(), await db.destroy()) });
  return { server, publicKey };
}

/** A server on a fresh file taking events from one client; resolves once `batches` are acknowledged. */
async function serveUnderLoad(batches: number) {
  const dir = tempDir();
  const database = join(dir, 'live.db');
  const { server, publicKey } = await serve(database);
  const load = startIngestLoad({ url: server.url, publicKey, batchSize: BATCH });
  await load.untilAcknowledged(batches);
  return { dir, database, load };
}

/** Lets `batches` more be acknowledged, then stops the load. */
async function finish(load: IngestLoad, batches: number) {
  await load.untilAcknowledged(load.acknowledged.length / BATCH + batches);
  await load.stop();
}

function eventIds(file: string): string[] {
  const sqlite = new SQLite(file, { readonly: true });
  try {
    return sqlite.prepare('select id from events').pluck().all() as string[];
  } finally {
    sqlite.close();
  }
}

describe('shirube backup', () => {
  it('copies a database being written to: the copy passes the integrity check and holds a prefix of the acknowledged batches', async () => {
    const { dir, database, load } = await serveUnderLoad(20);
    // A separate process, as an operator runs it, so the server really writes during the copy.
    const backup = await cliProcess('backup', join(dir, 'copies', 'b.db'), '--database', database);
    await finish(load, 20);

    expect(backup.code).toBe(0);
    const result = JSON.parse(backup.out) as { file: string; bytes: number; integrityCheck: string };
    expect(result).toEqual({ file: join(dir, 'copies', 'b.db'), bytes: statSync(result.file).size, integrityCheck: 'ok' });
    // One self-contained file: no log beside it, nothing left half-written.
    expect(existsSync(`${result.file}-wal`)).toBe(false);
    expect(existsSync(`${result.file}.partial-${process.pid}`)).toBe(false);

    const copied = eventIds(result.file);
    expect(copied.length).toBeGreaterThanOrEqual(20 * BATCH);
    expect(copied.length).toBeLessThan(load.acknowledged.length);
    // Whole batches only, and exactly the first ones acknowledged: a consistent snapshot.
    expect(copied.length % BATCH).toBe(0);
    expect(new Set(copied)).toEqual(new Set(load.acknowledged.slice(0, copied.length)));
  }, 30_000);

  it('refuses to replace a file unless --force, and names the problem', async () => {
    const dir = tempDir();
    const database = join(dir, 'live.db');
    await serve(database);
    const target = join(dir, 'b.db');
    writeFileSync(target, 'keep me');
    const refused = await cli('backup', target, '--database', database);
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(`shirube backup failed: ${target} already exists; pass --force to replace it`);
    expect(statSync(target).size).toBe('keep me'.length);

    writeFileSync(`${target}-wal`, 'a log from another database');
    expect((await cli('backup', target, '--database', database, '--force')).code).toBe(0);
    expect(existsSync(`${target}-wal`)).toBe(false);
    expect(eventIds(target)).toEqual([]);
  });

  it('writes a relative <file> where the command was typed (pnpm runs it in apps/server)', async () => {
    const dir = tempDir();
    const database = join(dir, 'live.db');
    await serve(database);
    const out: string[] = [];
    const code = await runCli(['backup', 'copies/b.db'], { out: (l) => out.push(l), err: () => {} }, { DATABASE_URL: database, INIT_CWD: dir });
    expect(code).toBe(0);
    expect(JSON.parse(out[0]!)).toMatchObject({ file: join(dir, 'copies', 'b.db'), integrityCheck: 'ok' });
  });

  it('explains what it needs: one file, and a database file that exists', async () => {
    const dir = tempDir();
    expect((await cli('backup', '--database', join(dir, 'x.db'))).code).toBe(2);
    expect((await cli('backup', 'a.db', 'b.db', '--database', join(dir, 'x.db'))).err).toContain('backup needs exactly one <file>');
    const missing = await cli('backup', join(dir, 'b.db'), '--database', join(dir, 'missing.db'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain(`no database at ${join(dir, 'missing.db')}`);
    expect((await cli('backup', join(dir, 'b.db'), '--database', ':memory:')).err).toContain('an in-memory database cannot be copied');
  });
});

describe('shirube restore', () => {
  it('puts a backup back once the server is stopped, and the server starts on it', async () => {
    const { dir, database, load } = await serveUnderLoad(5);
    const backupFile = join(dir, 'b.db');
    expect((await cli('backup', backupFile, '--database', database)).code).toBe(0);
    await finish(load, 5);
    const backedUp = eventIds(backupFile);

    const refused = await cli('restore', backupFile, '--database', database);
    expect(refused.err).toContain('already exists; stop the server, then pass --force');
    const inUse = await cli('restore', backupFile, '--database', database, '--force');
    expect(inUse.code).toBe(1);
    expect(inUse.err).toContain(`${database} is in use; stop the server before restoring`);
    expect(eventIds(database)).toHaveLength(load.acknowledged.length);

    await servers.pop()!.close();
    const restored = await cli('restore', backupFile, '--database', database, '--force');
    expect(restored.code).toBe(0);
    expect(JSON.parse(restored.out)).toMatchObject({ file: database, integrityCheck: 'ok' });

    const again = await startServer({ databaseUrl: database, port: 0, host: '127.0.0.1' });
    servers.push(again);
    const stored = await again.db.selectFrom('events').select('id').execute();
    expect(new Set(stored.map((row) => row.id))).toEqual(new Set(backedUp));
    expect(stored.length).toBeLessThan(load.acknowledged.length);
  }, 30_000);

  it('can also be done by hand, as the README says: copy the file back and delete the old log', async () => {
    const { dir, database, load } = await serveUnderLoad(5);
    const backupFile = join(dir, 'b.db');
    expect((await cli('backup', backupFile, '--database', database)).code).toBe(0);
    await finish(load, 5);
    await servers.pop()!.close();

    copyFileSync(backupFile, database);
    for (const suffix of ['-wal', '-shm']) rmSync(`${database}${suffix}`, { force: true });
    expect(checkIntegrity(database)).toBe('ok');
    const again = await startServer({ databaseUrl: database, port: 0, host: '127.0.0.1' });
    servers.push(again);
    expect(new Set((await again.db.selectFrom('events').select('id').execute()).map((row) => row.id))).toEqual(new Set(eventIds(backupFile)));
  }, 30_000);

  it('refuses a damaged backup and leaves the database alone', async () => {
    const dir = tempDir();
    const damaged = join(dir, 'damaged.db');
    writeFileSync(damaged, 'not a database at all, just text');
    const result = await cli('restore', damaged, '--database', join(dir, 'new.db'));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/shirube restore failed: .*not a database/);
    expect(existsSync(join(dir, 'new.db'))).toBe(false);
  });
});
