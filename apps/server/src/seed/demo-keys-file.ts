import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseDatabaseUrl } from '../db/database-url.js';

/** The demo project's keys as saved next to the database. */
export interface DemoKeys {
  projectId: string;
  publicKey: string;
  secretKey: string;
}

/** `<data dir>/demo-keys.json` for a SQLite file database; null for `:memory:` and PostgreSQL. */
export function demoKeysFileFor(databaseUrl: string): string | null {
  const location = parseDatabaseUrl(databaseUrl);
  if (location.dialect !== 'sqlite' || location.file === ':memory:') return null;
  return join(dirname(location.file), 'demo-keys.json');
}

/** The saved keys, or null when the file is missing or unreadable. */
export function readDemoKeys(path: string): DemoKeys | null {
  try {
    const keys = JSON.parse(readFileSync(path, 'utf8')) as Partial<DemoKeys>;
    if (typeof keys.projectId === 'string' && typeof keys.publicKey === 'string' && typeof keys.secretKey === 'string') {
      return { projectId: keys.projectId, publicKey: keys.publicKey, secretKey: keys.secretKey };
    }
  } catch {
    // Missing or corrupt: the caller issues new keys.
  }
  return null;
}

/** Saves the keys readable by the owner only: the secret key is an admin credential. */
export function writeDemoKeys(path: string, keys: DemoKeys): void {
  writeFileSync(path, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
}
