/*
 * The `shirube` command's help: one usage text per command (`shirube <command> --help`) and the
 * overview (`shirube --help`) made from their first lines.
 */

const DATABASE_OPTION = `  --database <url>   SQLite file path, file: URL, :memory: or postgres:// URL
                     (default: $DATABASE_URL or <repo>/data/shirube.db)`;

/** Each command's usage text, in the order the overview lists them. */
export const COMMAND_USAGE = {
  'create-project': `Usage: shirube create-project --name <name> [--database <url>]

Create a project; prints {"projectId","name","publicKey","secretKey"}.
The secret key is shown only this once.

Options:
  --name <name>      The project's name.
${DATABASE_OPTION}
`,
  'seed-demo': `Usage: shirube seed-demo [--database <url>]

Create (or find again) the demo project with its published sample guides and sample activity;
prints {"projectId","publicKey","secretKey","guideId"}. Running it again changes nothing.

Options:
${DATABASE_OPTION}
`,
  'create-user': `Usage: shirube create-user --email <email> --name <name> --role <owner|editor|viewer> [--password <password>]

Create a console user; prints {"userId","email","name","role"} and, when no --password is given,
the generated "password" (shown once).

Options:
  --email <email>        The address the user signs in with.
  --name <name>          The name the console shows.
  --role <role>          owner, editor or viewer.
  --password <password>  At least 10 characters; generated when left out.
${DATABASE_OPTION}
`,
  migrate: `Usage: shirube migrate [--database <url>]

Apply pending database migrations (the server also applies them when it starts).

Options:
${DATABASE_OPTION}
`,
  backup: `Usage: shirube backup <file> [--force] [--database <url>]

Copy the SQLite database to <file> while the server keeps running; checks the copy; prints
{"file","bytes","integrityCheck"}. PostgreSQL: use pg_dump instead.

Options:
  --force            Replace an existing <file>.
${DATABASE_OPTION}
`,
  restore: `Usage: shirube restore <file> [--force] [--database <url>]

Put a backup back as the SQLite database (stop the server first); checks the backup and the result.

Options:
  --force            Replace an existing database.
${DATABASE_OPTION}
`,
  'check-guides': `Usage: shirube check-guides --server <url> --key <secret key> --base-url <app url> [options]

Load your app's pages in headless Chromium and check that every step of every published guide
still finds its element, the way the SDK finds it. Prints one line per step; exits 1 when a step
is broken (its element is missing or ambiguous, or its page did not load), so it can fail a CI job.

Options:
  --server <url>             The Shirube server (https://shirube.example.com).
  --key <key>                The project's secret key (or $SHIRUBE_SECRET_KEY).
  --base-url <url>           Your app (https://staging.example.com); each guide's page patterns are
                             loaded on it. Its query, if any, is added to every page.
  --guide <id>               Check this guide only.
  --page <pattern>=<path>    An example page for a wildcard pattern, e.g. '/reports/*=/reports/42';
                             steps on wildcard pages without one are skipped. Repeatable.
  --storage-state <file>     A Playwright storage-state file of a signed-in user (cookies, localStorage).
  --header '<Name>: <value>' A header sent with every page request, e.g. an Authorization. Repeatable.
  --timeout <seconds>        How long a page may take to load (default 30).
  --json                     Print the report as JSON instead of lines.
`,
} as const;

export type CommandName = keyof typeof COMMAND_USAGE;

export const isCommand = (name: string | undefined): name is CommandName => name !== undefined && Object.hasOwn(COMMAND_USAGE, name);

/** One line per command for the overview. */
const SUMMARY: Record<CommandName, string> = {
  'create-project': 'Create a project and print its keys.',
  'seed-demo': 'Create (or find again) the demo project with sample guides and activity.',
  'create-user': 'Create a console user.',
  migrate: 'Apply pending database migrations.',
  backup: 'Copy the SQLite database to a file while the server runs.',
  restore: 'Put a backup back as the database.',
  'check-guides': "Check in a browser that published guides still find their elements (for CI).",
};

/** `shirube --help`: every command and what it does. */
export const USAGE = `Usage: shirube <command> [options]

Commands:
${Object.entries(SUMMARY)
  .map(([name, summary]) => `  ${name.padEnd(16)}${summary}`)
  .join('\n')}

Options:
${DATABASE_OPTION}
  -h, --help         Show this help, or with a command its own.

Run \`shirube <command> --help\` for a command's options.
`;
