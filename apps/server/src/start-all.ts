import { parsePort, readEnv } from './config.js';
import { migrateToLatest, openDatabase } from './db/database.js';
import { seedDemoActivity, type SampleActivity } from './seed/demo-activity.js';
import { legacyDemoKeysFileFor } from './seed/demo-keys-file.js';
import { seedDemo, useDemoOrigins, type DemoSeed } from './seed/demo-seed.js';
import { startServer } from './server.js';
import { onShutdown } from './shutdown.js';
import { ensureFirstOwner } from './users/first-owner.js';

// `pnpm start`: migrate, seed the demo project, run the API and the demo app, print how to use them.

type StartDemoServer = (opts: {
  port: number;
  host?: string;
  sdkUrl: string;
  projectKey: string;
  sdkProxy?: string;
  policy?: 'nonce' | 'trusted-types';
}) => Promise<{
  url: string;
  close(): Promise<void>;
}>;

/** Loads the demo app's server lazily so the API still starts when the demo package is missing. */
async function loadDemoServer(): Promise<StartDemoServer> {
  // A variable specifier keeps the demo's sources out of this project's type-check (they belong to apps/demo).
  const specifier = '@shirube/demo/serve';
  const mod = (await import(specifier)) as { startDemoServer?: StartDemoServer };
  if (typeof mod.startDemoServer !== 'function') throw new Error(`${specifier} does not export startDemoServer`);
  return mod.startDemoServer;
}

/** A URL a browser on this machine can open, even when listening on every interface. */
/**
 * The builder runs inside the demo app, on whichever host name the browser uses for it; the sample
 * project's SDK origins hold the same names (HOST=:: prints [::1]), since it refuses other pages.
 */
const demoOrigins = (port: number) => [`http://127.0.0.1:${port}`, `http://localhost:${port}`, `http://[::1]:${port}`];

function browsable(url: string): string {
  return url.replace('//0.0.0.0:', '//127.0.0.1:').replace('//[::]:', '//[::1]:');
}

function banner(
  serverUrl: string,
  demoUrl: string | null,
  seed: DemoSeed,
  owner: { email: string; password: string } | null,
  activity: SampleActivity | null,
): string {
  const api = browsable(serverUrl);
  const sample = activity
    ? [
        `  Sample data  ${activity.accounts} companies, ${activity.users} people and ${activity.events.toLocaleString('en-US')} events over the last 30 days`,
        '               were added to the demo project: open its Analytics in the console',
      ]
    : [];
  const signIn = owner
    ? [`  Console      ${api}/`, `  Sign in as   ${owner.email}`, `  Password     ${owner.password}   (shown only this once: note it now)`]
    : [`  Console      ${api}/   (sign in with your account)`];
  return [
    '',
    '  Shirube is running',
    '',
    ...signIn,
    '',
    `  API server   ${api}`,
    `  Demo app     ${demoUrl ?? '(not running, see the message above)'}`,
    `  Demo sign-in aiko@acme.example with any password (each email is a separate end user)`,
    `  Public key   ${seed.publicKey}`,
    `  Secret key   ${seed.secretKey}   (admin API; keep it out of web pages)`,
    `  API docs     ${api}/api/docs   (scripts may also use personal API tokens: console → API tokens)`,
    ...sample,
    '',
    '  List guides:',
    `    curl -H "Authorization: Bearer ${seed.secretKey}" ${api}/api/v1/guides`,
    '  Funnel of the sample guide:',
    `    curl -H "Authorization: Bearer ${seed.secretKey}" ${api}/api/v1/guides/${seed.guideId}/funnel`,
    '',
    '  Press Ctrl-C to stop.',
    '',
  ].join('\n');
}

try {
  const config = readEnv();
  const demoPort = parsePort(process.env.DEMO_PORT, 5174, 'DEMO_PORT');
  const db = openDatabase(config.databaseUrl, { backgroundCheckpoints: config.checkpointThread });
  await migrateToLatest(db);
  const seed = await seedDemo(db, {
    legacyKeysFile: legacyDemoKeysFileFor(config.databaseUrl),
    allowedOrigins: demoOrigins(demoPort),
  });
  // A fresh install gets a month of made-up use, so the analytics pages are not empty; later starts add nothing.
  const activity = await seedDemoActivity(db, seed.projectId);
  const owner = await ensureFirstOwner(db);
  const server = await startServer({ ...config, db });
  console.log(`Shirube server listening on ${server.url}`);

  let demo: Awaited<ReturnType<StartDemoServer>> | null = null;
  try {
    const startDemoServer = await loadDemoServer();
    // DEMO_CSP=trusted-types: the strictest host we support (same-origin SDK, Trusted Types required).
    const strict = process.env.DEMO_CSP === 'trusted-types';
    demo = await startDemoServer({
      port: demoPort,
      host: config.host,
      sdkUrl: strict ? '/sdk/shirube.js' : `${browsable(server.url)}/sdk/shirube.js`,
      projectKey: seed.publicKey,
      ...(strict && { sdkProxy: browsable(server.url), policy: 'trusted-types' as const }),
    });
    // DEMO_PORT=0 picks a free port: allow the one actually in use.
    const port = Number(new URL(demo.url).port);
    if (port !== demoPort) await useDemoOrigins(db, seed.projectId, demoOrigins(port));
  } catch (error) {
    console.error(`The demo app could not start: ${error instanceof Error ? error.message : String(error)}`);
    console.error('Run `pnpm install && pnpm build` at the repository root, then start again. The API server keeps running.');
  }

  console.log(banner(server.url, demo ? browsable(demo.url) : null, seed, owner, activity));
  onShutdown(async () => {
    await demo?.close();
    await server.close();
    await db.destroy();
  });
} catch (error) {
  console.error(`Shirube failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
