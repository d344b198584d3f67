import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type SQLite from 'better-sqlite3';

/** When the background checkpointer copies the log into the database file. */
export interface CheckpointTiming {
  /** A PASSIVE checkpoint this often (ms): it never takes, nor waits for, the write lock. */
  everyMs: number;
  /** Once the log file has grown past this many bytes after a round, `onLogLarge` is called to truncate it. */
  truncateAboveBytes: number;
}

const DEFAULT_TIMING: CheckpointTiming = { everyMs: 1_000, truncateAboveBytes: 32 * 1024 * 1024 };

/** How long `stop()` waits for the worker to close its connection before terminating it. */
const STOP_WAIT_MS = 5_000;

/**
 * The worker, as plain CommonJS so it runs the same from TypeScript sources (tsx, vitest) and a
 * build. It only ever runs PASSIVE checkpoints: one that takes the write lock (FULL, RESTART,
 * TRUNCATE) makes the writing connection's statements fail with SQLITE_BUSY under load. After a
 * round it reports a log grown past the limit; on 'stop' it closes its connection and flips the
 * shared flag the main thread waits on.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { statSync } = require('node:fs');
const SQLite = require(workerData.driver);
const { file, everyMs, truncateAboveBytes, done } = workerData;
const db = new SQLite(file);
const walBytes = () => { try { return statSync(file + '-wal').size; } catch { return 0; } };
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {}
  if (walBytes() > truncateAboveBytes) parentPort.postMessage('log-large');
}, everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  try { db.close(); } catch {}
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
  parentPort.close();
});
`;

/** A running background checkpointer; `stop()` returns once its connection is closed. */
export interface WalCheckpointer {
  stop(): void;
}

/**
 * Moves WAL checkpoints off the request path: turns off the automatic checkpoint of `sqlite` (the
 * connection that writes, so its commits only append to the log) and copies the log into the
 * database file from a worker thread with its own connection instead. A PASSIVE checkpoint cannot
 * restart the log while commits keep coming, so once the log file passes the limit the worker asks
 * for `onLogLarge`, which truncates it on the writing connection between two of its transactions:
 * by then only the frames written since the worker's round are left to copy. The worker does not
 * keep the process alive. `stop()` (run before closing `sqlite`) blocks until the worker's
 * connection is closed, so `sqlite`, closed last, runs SQLite's final checkpoint and removes the log.
 */
export function startWalCheckpointer(sqlite: SQLite.Database, onLogLarge: () => void, timing: Partial<CheckpointTiming> = {}): WalCheckpointer {
  sqlite.pragma('wal_autocheckpoint = 0');
  const done = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { file: sqlite.name, driver: createRequire(import.meta.url).resolve('better-sqlite3'), done, ...DEFAULT_TIMING, ...timing },
  });
  worker.unref();
  let stopped = false;
  worker.on('message', () => stopped || onLogLarge());
  // Without its checkpointer the log would grow for ever: the connection checkpoints for itself again.
  worker.once('error', () => {
    stopped = true;
    if (sqlite.open) sqlite.pragma('wal_autocheckpoint = 1000');
  });
  return {
    stop() {
      if (stopped) return;
      stopped = true;
      worker.postMessage('stop');
      // Synchronous, because closing a Kysely SQLite database is: the worker runs on its own thread.
      if (Atomics.wait(done, 0, 0, STOP_WAIT_MS) === 'timed-out') void worker.terminate();
    },
  };
}
