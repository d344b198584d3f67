import { parseArgs } from 'node:util';
import { readEnv } from '../config.js';
import { migrateToLatest, openDatabase } from '../db/database.js';
import { createProject } from '../projects/projects.repo.js';
import { demoKeysFileFor } from '../seed/demo-keys-file.js';
import { seedDemo } from '../seed/demo-seed.js';
import { createUserCommand, parseNewUser } from './create-user.js';

export const USAGE = `Usage: shirube <command> [options]

Commands:
  create-project --name <name>   Create a project; prints {"projectId","name","publicKey","secretKey"}.
                                 The secret key is shown only this once.
  seed-demo                      Create (or find again) the demo project with its published sample
                                 guide; prints {"projectId","publicKey","secretKey","guideId"}.
  create-user --email <email> --name <name> --role <owner|editor|viewer> [--password <password>]
                                 Create a console user; prints {"userId","email","name","role"} and,
                                 when no --password is given, the generated "password" (shown once).
  migrate                        Apply pending database migrations.

Options:
  --database <url>   SQLite file path, file: URL or :memory: (default: $DATABASE_URL or <repo>/data/shirube.db)
  -h, --help         Show this help.
`;

/** Where the CLI writes: stdout gets the JSON result, stderr the messages. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

/** Runs one CLI command and returns the process exit code (0 ok, 1 failure, 2 usage error). */
export async function runCli(argv: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
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
  if (!command || positionals.length > 1 || !['create-project', 'create-user', 'seed-demo', 'migrate'].includes(command)) {
    io.err(`${command ? `Unknown command: ${positionals.join(' ')}` : 'Missing command'}\n\n${USAGE}`);
    return 2;
  }
  const name = values.name?.trim();
  if (command === 'create-project' && !name) {
    io.err(`create-project needs --name <name>\n\n${USAGE}`);
    return 2;
  }

  const newUser = command === 'create-user' ? parseNewUser(values) : null;
  if (newUser && !newUser.ok) {
    io.err(`create-user: ${newUser.message}\n\n${USAGE}`);
    return 2;
  }

  const databaseUrl = values.database ?? readEnv(env).databaseUrl;
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
      io.out(JSON.stringify(await seedDemo(db, { keysFile: demoKeysFileFor(databaseUrl) })));
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
