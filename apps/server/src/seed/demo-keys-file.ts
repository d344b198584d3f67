import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseDatabaseUrl } from '../db/database-url.js';

/** The demo project's keys as earlier versions saved them next to a SQLite database. */
export interface DemoKeys {
  projectId: string;
  publicKey: string;
  secretKey: string;
}

/**
 * `<data dir>/demo-keys.json` for a SQLite file database; null for `:memory:` and PostgreSQL.
 * Earlier versions kept the demo keys there; now they live in the `demo_keys` table, and the file
 * is only read once so an existing install keeps printing the secret key it printed before.
 */
export function legacyDemoKeysFileFor(databaseUrl: string): string | null {
  const location = parseDatabaseUrl(databaseUrl);
  if (location.dialect !== 'sqlite' || location.file === ':memory:') return null;
  return join(dirname(location.file), 'demo-keys.json');
}

/** The keys in such a file, or null when it is missing or unreadable. */
export function readLegacyDemoKeys(path: string): DemoKeys | null {
  try {
    const keys = JSON.parse(readFileSync(path, 'utf8')) as Partial<DemoKeys>;
    if (typeof keys.projectId === 'string' && typeof keys.publicKey === 'string' && typeof keys.secretKey === 'string') {
      return { projectId: keys.projectId, publicKey: keys.publicKey, secretKey: keys.secretKey };
    }
  } catch {
    // Missing or corrupt: nothing to carry over.
  }
  return null;
}
