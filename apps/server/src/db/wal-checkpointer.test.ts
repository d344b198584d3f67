import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './database.js';
import { configureSqlite } from './sqlite-settings.js';
import { startWalCheckpointer, type WalCheckpointer } from './wal-checkpointer.js';

const dirs: string[] = [];
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function writer(): { sqlite: SQLite.Database; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'shirube-checkpoint-'));
  dirs.push(dir);
  const file = join(dir, 'data.db');
  const sqlite = new SQLite(file);
  configureSqlite(sqlite);
  cleanups.push(() => sqlite.open && sqlite.close());
  sqlite.exec('create table t (id integer primary key, body text)');
  return { sqlite, file };
}

function checkpointer(sqlite: SQLite.Database, timing: Parameters<typeof startWalCheckpointer>[2], onLogLarge = () => {}): WalCheckpointer {
  const started = startWalCheckpointer(sqlite, onLogLarge, timing);
  cleanups.push(() => started.stop());
  return started;
}

const insertRows = (sqlite: SQLite.Database, count: number) => {
  const insert = sqlite.prepare('insert into t (body) values (?)');
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) insert.run('x'.repeat(500));
  })();
};

/** Frames in the log not yet copied into the database file, as a no-op checkpoint reports them. */
const pendingFrames = (sqlite: SQLite.Database) => {
  const [state] = sqlite.pragma('wal_checkpoint(NOOP)') as { log: number; checkpointed: number }[];
  return state!.log - state!.checkpointed;
};

const waitFor = async (check: () => boolean, timeoutMs = 5_000) => {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('background WAL checkpoints', () => {
  it('leave commits of the writing connection to append only, and copy the log from the worker', async () => {
    const { sqlite } = writer();
    checkpointer(sqlite, { everyMs: 50 });
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    // Far past the 1,000 pages at which the connection would have checkpointed by itself.
    for (let i = 0; i < 10; i++) insertRows(sqlite, 1_000);
    await waitFor(() => pendingFrames(sqlite) === 0);
    expect(sqlite.prepare('select count(*) as n from t').get()).toEqual({ n: 10_000 });
  });

  it('ask the writing connection to truncate the log once it has grown past the limit', async () => {
    const { sqlite, file } = writer();
    let asked = 0;
    checkpointer(sqlite, { everyMs: 50, truncateAboveBytes: 100_000 }, () => {
      asked++;
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
    });
    insertRows(sqlite, 100);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // A small log is left to the worker's PASSIVE rounds, which keep the file its size.
    expect(asked).toBe(0);
    expect(pendingFrames(sqlite)).toBe(0);
    insertRows(sqlite, 2_000);
    await waitFor(() => asked > 0);
    expect(statSync(`${file}-wal`).size).toBe(0);
  });

  it('stop with the worker connection closed, so closing the writer removes the log', () => {
    const { sqlite, file } = writer();
    const started = checkpointer(sqlite, { everyMs: 50 });
    insertRows(sqlite, 100);
    started.stop();
    sqlite.close();
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('run behind a database opened for a server, and stop when it is destroyed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shirube-checkpoint-'));
    dirs.push(dir);
    const file = join(dir, 'server.db');
    const db = openDatabase(file, { backgroundCheckpoints: true });
    const autoCheckpoint = async (of: typeof db) => (await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(of)).rows[0]?.wal_autocheckpoint;
    expect(await autoCheckpoint(db)).toBe(0);
    await db.schema.createTable('t').addColumn('id', 'integer', (c) => c.primaryKey()).execute();
    await db.destroy();
    expect(existsSync(`${file}-wal`)).toBe(false);
    const other = openDatabase(file);
    expect(await autoCheckpoint(other)).toBe(1_000);
    await other.destroy();
  });
});
