import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from '../dev/free-port.js';

/** A throwaway PostgreSQL cluster: its URL, and `stop()`, which shuts it down and deletes its files. */
export interface TemporaryPostgres {
  url: string;
  stop(): void;
}

const SUPERUSER = 'shirube';

/**
 * Starts a private PostgreSQL server for tests and local trials: `initdb` into a temporary folder,
 * listening on a free loopback port (its unix socket inside the folder, so it never collides with a
 * system server), with a `shirube` database. Durability is off (fsync, synchronous commit): the
 * cluster lives only as long as the run. Under root, the server runs as the `postgres` user because
 * PostgreSQL refuses to run as root.
 */
export async function startTemporaryPostgres(options: { database?: string } = {}): Promise<TemporaryPostgres> {
  const bin = postgresBinDir();
  const root = mkdtempSync(join(tmpdir(), 'shirube-pg-'));
  const data = join(root, 'data');
  const socketDir = join(root, 'socket');
  mkdirSync(socketDir);
  const asServerUser = serverUserRunner(root);
  let started = false;
  const stop = (): void => {
    if (started) spawnSync(...asServerUser(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']), { stdio: 'ignore' });
    started = false;
    rmSync(root, { recursive: true, force: true });
  };
  try {
    run(asServerUser(join(bin, 'initdb'), ['-D', data, '-U', SUPERUSER, '--auth=trust', '--no-locale', '-E', 'UTF8', '--no-sync']));
    const port = await freePort();
    const settings = [
      `-c listen_addresses=127.0.0.1`,
      `-p ${port}`,
      `-k ${socketDir}`,
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      // Each test file opens its own pool; a parallel run needs more than the default 100.
      '-c max_connections=400',
    ].join(' ');
    run(asServerUser(join(bin, 'pg_ctl'), ['-D', data, '-o', settings, '-l', join(root, 'server.log'), '-w', 'start']));
    started = true;
    const database = options.database ?? 'shirube';
    const admin = new pg.Client({ host: '127.0.0.1', port, user: SUPERUSER, database: 'postgres' });
    await admin.connect();
    try {
      await admin.query(`create database "${database.replace(/"/g, '')}"`);
    } finally {
      await admin.end();
    }
    return { url: `postgres://${SUPERUSER}@127.0.0.1:${port}/${database}`, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

/** `PG_BIN`, else the newest Debian install under /usr/lib/postgresql, else `pg_config --bindir`. */
function postgresBinDir(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((name) => existsSync(join(debian, name, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(debian, versions[0], 'bin');
  }
  try {
    return execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('PostgreSQL is not installed: install the `postgresql` package (Debian) or set PG_BIN to its bin folder.');
  }
}

/** Under root, hands the folder to `postgres` and runs the server's commands as that user. */
function serverUserRunner(root: string): (command: string, args: string[]) => [string, string[]] {
  if (process.getuid?.() !== 0) return (command, args) => [command, args];
  const ids = execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim();
  const group = execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim();
  for (const path of [root, join(root, 'socket')]) chownSync(path, Number(ids), Number(group));
  return (command, args) => ['runuser', ['-u', 'postgres', '--', command, ...args]];
}

function run([command, args]: [string, string[]]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr || result.stdout || result.error?.message}`);
}
