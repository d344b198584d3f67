import { DEFAULT_INGEST_RATE_LIMIT, type RateLimit } from './http/rate-limit.js';
import { DEFAULT_DATABASE_FILE } from './paths.js';

/** Settings read from the environment. */
export interface EnvConfig {
  port: number;
  host: string;
  databaseUrl: string;
  /** SHIRUBE_CONSOLE_DIR: where the console build is, when not `<repo>/apps/console/dist`. */
  consoleDir?: string;
  /** SHIRUBE_PUBLIC_ORIGIN: the origin browsers use, when a proxy in front changes it. */
  publicOrigin?: string;
  /** SHIRUBE_INGEST_RATE / SHIRUBE_INGEST_BURST: event batches a second per public key, and the burst allowed. */
  ingestRate: RateLimit;
  /** SHIRUBE_TRUST_PROXY=1: take the client IP from `X-Forwarded-For` (only behind a proxy that sets it). */
  trustProxy: boolean;
  /**
   * SHIRUBE_SQLITE_CHECKPOINT_THREAD=1: checkpoint a SQLite WAL from a worker thread instead of in
   * the commits (db/wal-checkpointer.ts). Off by default: it pays when the server has a core of its
   * own to spare, and widens the latency tail when it competes for one (decision 0016).
   */
  checkpointThread: boolean;
  security: SecurityConfig;
}

/** How long console sessions live and how hard sign-in guessing is throttled. */
export interface SecurityConfig {
  /** A session unused this long ends (SHIRUBE_SESSION_IDLE_MINUTES, default 120). */
  sessionIdleMs: number;
  /** A session ends this long after sign-in whatever its use (SHIRUBE_SESSION_MAX_HOURS, default 24). */
  sessionAbsoluteMs: number;
  /** Failed sign-ins one email may have within `signInWindowMs` (SHIRUBE_SIGN_IN_MAX_FAILURES_PER_EMAIL, default 5). */
  signInFailuresPerEmail: number;
  /** Failed sign-ins one client IP may have within `signInWindowMs` (SHIRUBE_SIGN_IN_MAX_FAILURES_PER_IP, default 20). */
  signInFailuresPerIp: number;
  /** The window failures are counted in, and how long a key is then blocked (SHIRUBE_SIGN_IN_BLOCK_MINUTES, default 15). */
  signInWindowMs: number;
}

const MINUTE = 60_000;

/** The defaults: 2 hours idle, 24 hours at most, 5 failures per email and 20 per IP in 15 minutes. */
export const DEFAULT_SECURITY: SecurityConfig = {
  sessionIdleMs: 120 * MINUTE,
  sessionAbsoluteMs: 24 * 60 * MINUTE,
  signInFailuresPerEmail: 5,
  signInFailuresPerIp: 20,
  signInWindowMs: 15 * MINUTE,
};

/**
 * PORT (8787), HOST (127.0.0.1), DATABASE_URL (`<repo>/data/shirube.db`), SHIRUBE_CONSOLE_DIR,
 * SHIRUBE_PUBLIC_ORIGIN, SHIRUBE_INGEST_RATE (100), SHIRUBE_INGEST_BURST (200), SHIRUBE_SQLITE_CHECKPOINT_THREAD, SHIRUBE_TRUST_PROXY
 * and the security settings of `SecurityConfig`.
 */
export function readEnv(env: NodeJS.ProcessEnv = process.env, defaultPort = 8787): EnvConfig {
  return {
    port: parsePort(env.PORT, defaultPort, 'PORT'),
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || DEFAULT_DATABASE_FILE,
    ...(env.SHIRUBE_CONSOLE_DIR ? { consoleDir: env.SHIRUBE_CONSOLE_DIR } : {}),
    ...(env.SHIRUBE_PUBLIC_ORIGIN ? { publicOrigin: env.SHIRUBE_PUBLIC_ORIGIN } : {}),
    ingestRate: {
      perSecond: parsePositive(env.SHIRUBE_INGEST_RATE, DEFAULT_INGEST_RATE_LIMIT.perSecond, 'SHIRUBE_INGEST_RATE'),
      burst: parsePositive(env.SHIRUBE_INGEST_BURST, DEFAULT_INGEST_RATE_LIMIT.burst, 'SHIRUBE_INGEST_BURST'),
    },
    trustProxy: env.SHIRUBE_TRUST_PROXY === '1' || env.SHIRUBE_TRUST_PROXY === 'true',
    checkpointThread: env.SHIRUBE_SQLITE_CHECKPOINT_THREAD === '1' || env.SHIRUBE_SQLITE_CHECKPOINT_THREAD === 'true',
    security: {
      sessionIdleMs: parseCount(env.SHIRUBE_SESSION_IDLE_MINUTES, DEFAULT_SECURITY.sessionIdleMs / MINUTE, 'SHIRUBE_SESSION_IDLE_MINUTES') * MINUTE,
      sessionAbsoluteMs: parseCount(env.SHIRUBE_SESSION_MAX_HOURS, DEFAULT_SECURITY.sessionAbsoluteMs / 60 / MINUTE, 'SHIRUBE_SESSION_MAX_HOURS') * 60 * MINUTE,
      signInFailuresPerEmail: parseCount(env.SHIRUBE_SIGN_IN_MAX_FAILURES_PER_EMAIL, DEFAULT_SECURITY.signInFailuresPerEmail, 'SHIRUBE_SIGN_IN_MAX_FAILURES_PER_EMAIL'),
      signInFailuresPerIp: parseCount(env.SHIRUBE_SIGN_IN_MAX_FAILURES_PER_IP, DEFAULT_SECURITY.signInFailuresPerIp, 'SHIRUBE_SIGN_IN_MAX_FAILURES_PER_IP'),
      signInWindowMs: parseCount(env.SHIRUBE_SIGN_IN_BLOCK_MINUTES, DEFAULT_SECURITY.signInWindowMs / MINUTE, 'SHIRUBE_SIGN_IN_BLOCK_MINUTES') * MINUTE,
    },
  };
}

/** A positive number from an environment variable, with a clear error for nonsense. */
export function parsePositive(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got ${JSON.stringify(raw)}`);
  return value;
}

/** A positive whole number from an environment variable, with a clear error for nonsense. */
function parseCount(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 1) throw new Error(`${name} must be a whole number of at least 1, got ${JSON.stringify(raw)}`);
  return count;
}

/** A TCP port from an environment variable, with a clear error for nonsense. */
export function parsePort(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`${name} must be a port number (0-65535), got ${JSON.stringify(raw)}`);
  return port;
}
