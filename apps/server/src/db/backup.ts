import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { BUSY_TIMEOUT_MS } from './sqlite-settings.js';

/** What `shirube backup` and `shirube restore` report. */
export interface CopyResult {
  file: string;
  bytes: number;
  integrityCheck: string;
}

/** Copy every remaining page in one step: a step reads one snapshot, so writers never restart it. */
const ALL_PAGES = 0x7fffffff;
const SIDE_FILES = ['-wal', '-shm', '-journal'];

/**
 * Copies a live database to `target` with SQLite's online backup while the server may be writing.
 * In WAL mode the copy reads one snapshot and never blocks writers; it is written beside the
 * target, checked with `PRAGMA integrity_check`, switched to a self-contained rollback journal and
 * only then renamed into place, so a failed backup never leaves a half-written file or replaces a
 * good one. An existing target is replaced only with `force`.
 */
export async function backupDatabase(databaseFile: string, target: string, { force = false } = {}): Promise<CopyResult> {
  const source = openExisting(databaseFile, 'database');
  const file = resolve(target);
  try {
    refuseToReplace(file, force, 'pass --force to replace it');
    mkdirSync(dirname(file), { recursive: true });
    const partial = `${file}.partial-${process.pid}`;
    try {
      await source.backup(partial, { progress: () => ALL_PAGES });
      const integrityCheck = checkIntegrity(partial, (copy) => copy.pragma('journal_mode = DELETE'));
      // A log left beside an older file of that name must not be replayed onto the new copy.
      for (const suffix of SIDE_FILES) rmSync(`${file}${suffix}`, { force: true });
      renameSync(partial, file);
      syncFolder(dirname(file));
      return { file, bytes: statSync(file).size, integrityCheck };
    } finally {
      for (const suffix of ['', ...SIDE_FILES]) rmSync(`${partial}${suffix}`, { force: true });
    }
  } finally {
    source.close();
  }
}

/**
 * Puts a backup back as the database at `databaseFile`. The backup must pass the integrity check
 * and the database must not be open anywhere (the server stopped): it is written through SQLite,
 * so a log the old database left behind is settled rather than replayed onto the restored pages.
 * An existing database is replaced only with `force`.
 */
export async function restoreDatabase(backupFile: string, databaseFile: string, { force = false } = {}): Promise<CopyResult> {
  const file = resolve(databaseFile);
  const backup = openExisting(backupFile, 'backup');
  try {
    checkIntegrity(backupFile);
    refuseToReplace(file, force, 'stop the server, then pass --force to replace it');
    if (existsSync(file)) refuseWhileInUse(file);
    mkdirSync(dirname(file), { recursive: true });
    await backup.backup(file, { progress: () => ALL_PAGES });
  } finally {
    backup.close();
  }
  // Checked first: closing the check's connection folds any log back into the file measured.
  const integrityCheck = checkIntegrity(file);
  return { file, bytes: statSync(file).size, integrityCheck };
}

/** Runs `PRAGMA integrity_check` on a database file (after `prepare`), throwing unless it says ok. */
export function checkIntegrity(file: string, prepare?: (sqlite: SQLite.Database) => void): string {
  const sqlite = new SQLite(file, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    prepare?.(sqlite);
    const rows = sqlite.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
    const result = rows.map((row) => row.integrity_check).join('; ');
    if (result !== 'ok') throw new Error(`${file} fails the integrity check: ${result}`);
    return result;
  } finally {
    sqlite.close();
  }
}

function openExisting(file: string, what: string): SQLite.Database {
  if (file === ':memory:') throw new Error(`an in-memory ${what} cannot be copied`);
  if (!existsSync(file)) throw new Error(`no ${what} at ${file}`);
  return new SQLite(file, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
}

function refuseToReplace(file: string, force: boolean, hint: string): void {
  if (!force && existsSync(file)) throw new Error(`${file} already exists; ${hint}`);
}

/** Another connection (a running server) keeps a WAL database from being locked exclusively. */
function refuseWhileInUse(file: string): void {
  const probe = new SQLite(file, { timeout: 0 });
  try {
    probe.pragma('locking_mode = EXCLUSIVE');
    probe.exec('begin exclusive; rollback');
  } catch {
    throw new Error(`${file} is in use; stop the server before restoring`);
  } finally {
    probe.close();
  }
}

/** Makes the rename itself durable: SQLite synced the file's content, the folder holds its name. */
function syncFolder(folder: string): void {
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
