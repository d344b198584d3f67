import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase } from './db/database.js';
import { startIngestLoad } from './events/ingest-load.js';
import { createProject } from './projects/projects.repo.js';

const serverDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const children: ChildProcessByStdio<null, Readable, Readable>[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Starts the real server process (`pnpm start`'s entry point) on `database`, on a free loopback port. */
async function startServerProcess(database: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: database },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) resolveUrl(match[1]!);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  const exited = new Promise<NodeJS.Signals | number | null>((r) => child.once('exit', (code, signal) => r(signal ?? code)));
  return { url, exited, kill: (signal: NodeJS.Signals) => child.kill(signal) };
}

/** A migrated database file with one project. */
async function projectDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'shirube-durability-'));
  dirs.push(dir);
  const database = join(dir, 'shirube.db');
  const setup = openDatabase(database);
  await migrateToLatest(setup);
  const { publicKey } = await createProject(setup, 'Load');
  await setup.destroy();
  return { database, publicKey };
}

describe('durability', () => {
  it('a server killed with SIGKILL under ingestion load loses no acknowledged event and leaves a sound database', async () => {
    const { database, publicKey } = await projectDatabase();
    const first = await startServerProcess(database);
    const load = startIngestLoad({ url: first.url, publicKey, clients: 4, batchSize: 25 });
    await load.untilAcknowledged(120);
    // Killed while the clients have batches in flight.
    const inFlightAtKill = load.inFlight;
    first.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    await load.stop();
    const acknowledged = [...load.acknowledged];
    expect(inFlightAtKill).toBeGreaterThan(0);

    // The server starts again on the same file (SQLite recovers the log), then stops cleanly.
    const second = await startServerProcess(database);
    expect((await fetch(`${second.url}/health`)).status).toBe(200);
    second.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    const sqlite = new SQLite(database, { readonly: true });
    try {
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = sqlite.prepare('select id from events').pluck().all() as string[];
      const storedIds = new Set(stored);
      const lost = acknowledged.filter((id) => !storedIds.has(id)).length;
      const duplicates = stored.length - storedIds.size;
      console.log(`durability: ${acknowledged.length} acknowledged, ${stored.length} stored, ${lost} lost, ${duplicates} duplicates`);
      console.log(`durability: ${inFlightAtKill} batches in flight at the kill`);
      expect(lost).toBe(0);
      expect(duplicates).toBe(0);
      // Batches in flight at the kill may have committed without their answer: never more than those.
      expect(stored.length - acknowledged.length).toBeLessThanOrEqual(4 * 25);
    } finally {
      sqlite.close();
    }
  }, 30_000);

  it('read-then-write transactions of another connection and ingestion by the server wait for each other instead of failing', async () => {
    const { database, publicKey } = await projectDatabase();
    const server = await startServerProcess(database);
    const load = startIngestLoad({ url: server.url, publicKey, clients: 4, batchSize: 25 });
    await load.untilAcknowledged(20);
    // This test process is the other writer (as the CLI or a second server would be). A deferred
    // BEGIN would fail here with SQLITE_BUSY as soon as the server commits between read and write.
    const other = openDatabase(database);
    try {
      for (let round = 0; round < 50; round++) {
        await other.transaction().execute(async (trx) => {
          const project = await trx.selectFrom('projects').select(['id', 'name']).executeTakeFirstOrThrow();
          await new Promise((resolve) => setTimeout(resolve, 2));
          await trx.updateTable('projects').set({ name: `${project.name}.` }).where('id', '=', project.id).execute();
        });
      }
      expect((await other.selectFrom('projects').select('name').executeTakeFirstOrThrow()).name).toBe(`Load${'.'.repeat(50)}`);
    } finally {
      await other.destroy();
    }
    await load.untilAcknowledged(load.acknowledged.length / 25 + 20);
    await load.stop();
    expect(load.unacknowledged).toBe(0);
    server.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 30_000);
});
