import type SQLite from 'better-sqlite3';

/**
 * How long a connection waits for another connection's write lock (the CLI, a backup, a second
 * server process) before failing with SQLITE_BUSY. Write transactions are short (an event batch
 * commits in milliseconds), so five seconds only runs out when something is really stuck.
 */
export const BUSY_TIMEOUT_MS = 5_000;

interface Setting {
  pragma: string;
  /** The value applied to a file database, as SQLite reports it back. */
  value: string | number;
  /** What an in-memory database reports instead (it has no journal to put in WAL mode). */
  inMemory?: string | number;
}

/**
 * The settings every connection runs with, in the order they are applied (busy_timeout first, so
 * switching to WAL waits out a brief lock instead of failing):
 * - WAL: readers never block the writer, and a commit is one append to the log.
 * - synchronous NORMAL: in WAL mode a commit has reached the operating system when it returns, so
 *   it survives the process being killed (an acknowledged event is never lost to a crash); only a
 *   power cut or kernel panic can drop the last commits, never corrupt the file. FULL would fsync
 *   every event batch to survive that too, at about ten times the cost per commit (decision 0016).
 * - foreign_keys ON: SQLite leaves them off unless each connection asks.
 */
const SETTINGS: readonly Setting[] = [
  { pragma: 'busy_timeout', value: BUSY_TIMEOUT_MS },
  { pragma: 'journal_mode', value: 'wal', inMemory: 'memory' },
  { pragma: 'synchronous', value: 1 },
  { pragma: 'foreign_keys', value: 1 },
];

const SYNCHRONOUS_NAMES = ['OFF', 'NORMAL', 'FULL', 'EXTRA'];
const describe = (pragma: string, value: unknown) =>
  pragma === 'synchronous' && typeof value === 'number' ? (SYNCHRONOUS_NAMES[value] ?? String(value)) : String(value);

/** Reads the settings back and lists each one not in effect, as `journal_mode is delete, needs wal`. */
export function sqliteSettingProblems(sqlite: SQLite.Database): string[] {
  const problems: string[] = [];
  for (const { pragma, value, inMemory } of SETTINGS) {
    const expected = sqlite.memory && inMemory !== undefined ? inMemory : value;
    const actual: unknown = sqlite.pragma(pragma, { simple: true });
    if (actual !== expected) problems.push(`${pragma} is ${describe(pragma, actual)}, needs ${describe(pragma, expected)}`);
  }
  return problems;
}

/**
 * Applies the settings to a freshly opened connection, then reads them back: a database that
 * silently ignores one (a file system without the shared memory WAL needs, a SQLite built without
 * foreign keys) would lose acknowledged data or integrity later, so it is refused now. Closes the
 * connection and throws, naming the file and the reason, when they cannot be applied or do not hold.
 */
export function configureSqlite(sqlite: SQLite.Database): void {
  let problems: string[];
  try {
    for (const { pragma, value } of SETTINGS) sqlite.pragma(`${pragma} = ${value}`);
    problems = sqliteSettingProblems(sqlite);
  } catch (error) {
    sqlite.close();
    throw new Error(`Cannot open the SQLite database ${sqlite.name}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (problems.length > 0) {
    sqlite.close();
    throw new Error(`SQLite settings are not in effect on ${sqlite.name || '(temporary database)'}: ${problems.join('; ')}. Shirube needs them to keep acknowledged data safe; put the database file on a local disk.`);
  }
}
