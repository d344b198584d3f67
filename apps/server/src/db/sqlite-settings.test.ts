import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from '../server.js';
import { configureSqlite, sqliteSettingProblems } from './sqlite-settings.js';

const dirs: string[] = [];
const open: SQLite.Database[] = [];
function tempFile(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'shirube-settings-'));
  dirs.push(dir);
  return join(dir, name);
}
function connect(file: string, options: SQLite.Options = {}): SQLite.Database {
  const sqlite = new SQLite(file, options);
  open.push(sqlite);
  return sqlite;
}
afterEach(() => {
  for (const sqlite of open.splice(0)) if (sqlite.open) sqlite.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('SQLite settings', () => {
  it('are all in effect once a file database is configured', () => {
    const sqlite = connect(tempFile('ok.db'));
    configureSqlite(sqlite);
    expect(sqliteSettingProblems(sqlite)).toEqual([]);
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('accept the memory journal of an in-memory database', () => {
    const sqlite = connect(':memory:');
    configureSqlite(sqlite);
    expect(sqliteSettingProblems(sqlite)).toEqual([]);
  });

  it('name every setting a connection runs without', () => {
    const sqlite = connect(tempFile('plain.db'), { timeout: 0 });
    sqlite.pragma('synchronous = OFF');
    sqlite.pragma('foreign_keys = OFF');
    expect(sqliteSettingProblems(sqlite)).toEqual([
      'busy_timeout is 0, needs 5000',
      'journal_mode is delete, needs wal',
      'synchronous is OFF, needs NORMAL',
      'foreign_keys is 0, needs 1',
    ]);
  });

  it('are refused when SQLite ignores one, and the connection is closed', () => {
    // A temporary database silently keeps its rollback journal when asked for WAL.
    const sqlite = connect('');
    expect(() => configureSqlite(sqlite)).toThrow('SQLite settings are not in effect on (temporary database): journal_mode is delete, needs memory. Shirube needs them');
    expect(sqlite.open).toBe(false);
  });

  it('keep the server from starting, with the file and the reason, when they cannot be applied', async () => {
    const file = tempFile('locked.db');
    // Another process holding the file exclusively (here: a connection in exclusive locking mode).
    const holder = connect(file);
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('create table held (x); insert into held values (1)');
    const started = startServer({ databaseUrl: file, port: 0, host: '127.0.0.1' });
    await expect(started).rejects.toThrow(`Cannot open the SQLite database ${file}: database is locked`);
  }, 15_000);
});
