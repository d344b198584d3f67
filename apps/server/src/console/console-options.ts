import type { SecurityConfig } from '../config.js';
import type { Database } from '../db/database.js';
import type { OriginOf } from '../http/own-origin.js';

/** What the console API's routes share: the database, the server's origin, the clock and the security settings. */
export interface ConsoleOptions {
  db: Database;
  originOf: OriginOf;
  /** The clock session timeouts and sign-in throttling read (tests pass a fake one). */
  now: () => number;
  security: SecurityConfig;
}
