import { DEFAULT_DATABASE_FILE } from './paths.js';

/** Settings read from the environment. */
export interface EnvConfig {
  port: number;
  host: string;
  databaseUrl: string;
}

/** PORT (8787), HOST (127.0.0.1) and DATABASE_URL (`<repo>/data/shirube.db`). */
export function readEnv(env: NodeJS.ProcessEnv = process.env, defaultPort = 8787): EnvConfig {
  return {
    port: parsePort(env.PORT, defaultPort, 'PORT'),
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || DEFAULT_DATABASE_FILE,
  };
}

/** A TCP port from an environment variable, with a clear error for nonsense. */
export function parsePort(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`${name} must be a port number (0-65535), got ${JSON.stringify(raw)}`);
  return port;
}
