import { spawn } from 'node:child_process';
import { startTemporaryPostgres } from '../db/temporary-postgres.js';

/**
 * `tsx src/dev/with-postgres.ts [command …]`: starts a temporary PostgreSQL (see
 * db/temporary-postgres.ts) and prints its URL. With a command, runs it with TEST_DATABASE_URL and
 * SHIRUBE_POSTGRES_URL set to that URL, then stops the server and exits with the command's status;
 * without one, keeps the server until Ctrl+C. The folder is removed either way.
 */
async function main(argv: string[]): Promise<number> {
  const postgres = await startTemporaryPostgres();
  const stopOnSignal = (): void => {
    postgres.stop();
    process.exit(130);
  };
  // SIGHUP too: a closed terminal must not leave an orphaned server behind.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, stopOnSignal);
  console.log(`PostgreSQL ready: ${postgres.url}`);
  if (argv.length === 0) {
    console.log('Press Ctrl+C to stop it and delete its files.');
    // A pending promise alone does not keep Node running: an interval does, until a signal stops it.
    setInterval(() => {}, 2 ** 30);
    await new Promise(() => {});
  }
  try {
    return await new Promise<number>((resolve, reject) => {
      const child = spawn(argv[0]!, argv.slice(1), {
        stdio: 'inherit',
        env: { ...process.env, TEST_DATABASE_URL: postgres.url, SHIRUBE_POSTGRES_URL: postgres.url },
      });
      child.once('error', reject);
      child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    });
  } finally {
    postgres.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
