import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readEnv } from '../config.js';
import { backupDatabase, restoreDatabase } from '../db/backup.js';
import { sqliteFileOf } from '../db/database-url.js';
import { migrateToLatest, openDatabase } from '../db/database.js';
import { createProject } from '../projects/projects.repo.js';
import { legacyDemoKeysFileFor } from '../seed/demo-keys-file.js';
import { seedDemo } from '../seed/demo-seed.js';
import { runCheckGuides } from './check-guides.js';
import { createUserCommand, parseNewUser } from './create-user.js';
import { COMMAND_USAGE, isCommand, USAGE } from './usage.js';


/** Where the CLI writes: stdout gets the JSON result, stderr the messages. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

/** Runs one CLI command and returns the process exit code (0 ok, 1 failure, 2 usage error). */
export async function runCli(argv: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const first = argv[0];
  if (isCommand(first) && argv.some((arg) => arg === '--help' || arg === '-h')) {
    io.out(COMMAND_USAGE[first]);
    return 0;
  }
  // check-guides talks to a server over HTTP, not to a database: it has options of its own.
  if (first === 'check-guides') return runCheckGuides(argv.slice(1), io, env);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        name: { type: 'string' },
        email: { type: 'string' },
        role: { type: 'string' },
        password: { type: 'string' },
        database: { type: 'string' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (values.help || command === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (command && FILE_COMMANDS.includes(command)) return runFileCommand(command, positionals.slice(1), values, io, env);
  if (!command || positionals.length > 1 || !['create-project', 'create-user', 'seed-demo', 'migrate'].includes(command)) {
    io.err(`${command ? `Unknown command: ${positionals.join(' ')}` : 'Missing command'}\n\n${USAGE}`);
    return 2;
  }
  const name = values.name?.trim();
  if (command === 'create-project' && !name) {
    io.err(`create-project needs --name <name>\n\n${COMMAND_USAGE['create-project']}`);
    return 2;
  }

  const newUser = command === 'create-user' ? parseNewUser(values) : null;
  if (newUser && !newUser.ok) {
    io.err(`create-user: ${newUser.message}\n\n${COMMAND_USAGE['create-user']}`);
    return 2;
  }

  const databaseUrl = databaseUrlOf(values, env);
  let db;
  try {
    db = openDatabase(databaseUrl);
    await migrateToLatest(db);
    if (command === 'create-project') {
      const created = await createProject(db, name!);
      io.out(JSON.stringify({ projectId: created.project.id, name: created.project.name, publicKey: created.publicKey, secretKey: created.secretKey }));
    } else if (newUser?.ok) {
      io.out(JSON.stringify(await createUserCommand(db, newUser.value)));
    } else if (command === 'seed-demo') {
      io.out(JSON.stringify(await seedDemo(db, { legacyKeysFile: legacyDemoKeysFileFor(databaseUrl) })));
    } else {
      io.err('Database is up to date.');
    }
    return 0;
  } catch (error) {
    io.err(`shirube ${command} failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await db?.destroy();
  }
}

const FILE_COMMANDS = ['backup', 'restore'];

function databaseUrlOf(values: { database?: string | undefined }, env: NodeJS.ProcessEnv): string {
  return values.database ?? readEnv(env).databaseUrl;
}

/** `backup <file>` and `restore <file>`: copies through SQLite, without migrating anything. */
async function runFileCommand(command: string, args: string[], values: { database?: string | undefined; force?: boolean | undefined }, io: CliIo, env: NodeJS.ProcessEnv) {
  if (args.length !== 1) {
    io.err(`${command} needs exactly one <file>\n\n${COMMAND_USAGE[command as 'backup' | 'restore']}`);
    return 2;
  }
  try {
    const database = sqliteFileOf(databaseUrlOf(values, env), command);
    // `pnpm --filter … cli` runs in apps/server: a relative <file> means where the command was typed.
    const file = resolve(env.INIT_CWD || process.cwd(), args[0]!);
    const options = { force: values.force === true };
    const result = command === 'backup' ? await backupDatabase(database, file, options) : await restoreDatabase(file, database, options);
    io.out(JSON.stringify(result));
    return 0;
  } catch (error) {
    io.err(`shirube ${command} failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
