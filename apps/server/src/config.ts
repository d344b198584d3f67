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
}

/**
 * PORT (8787), HOST (127.0.0.1), DATABASE_URL (`<repo>/data/shirube.db`), SHIRUBE_CONSOLE_DIR,
 * SHIRUBE_PUBLIC_ORIGIN, SHIRUBE_INGEST_RATE (100) and SHIRUBE_INGEST_BURST (200).
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
  };
}

/** A positive number from an environment variable, with a clear error for nonsense. */
export function parsePositive(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got ${JSON.stringify(raw)}`);
  return value;
}

/** A TCP port from an environment variable, with a clear error for nonsense. */
export function parsePort(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`${name} must be a port number (0-65535), got ${JSON.stringify(raw)}`);
  return port;
}
