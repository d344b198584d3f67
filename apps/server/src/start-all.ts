import { parsePort, readEnv } from './config.js';
import { migrateToLatest, openDatabase } from './db/database.js';
import { demoKeysFileFor } from './seed/demo-keys-file.js';
import { seedDemo, type DemoSeed } from './seed/demo-seed.js';
import { startServer } from './server.js';
import { onShutdown } from './shutdown.js';

// `pnpm start`: migrate, seed the demo project, run the API and the demo app, print how to use them.

type StartDemoServer = (opts: { port: number; host?: string; sdkUrl: string; projectKey: string }) => Promise<{
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
function browsable(url: string): string {
  return url.replace('//0.0.0.0:', '//127.0.0.1:').replace('//[::]:', '//[::1]:');
}

function banner(serverUrl: string, demoUrl: string | null, seed: DemoSeed): string {
  const api = browsable(serverUrl);
  return [
    '',
    '  Shirube is running',
    '',
    `  API server   ${api}`,
    `  Demo app     ${demoUrl ?? '(not running, see the message above)'}`,
    `  Demo sign-in aiko@acme.example with any password (each email is a separate end user)`,
    `  Public key   ${seed.publicKey}`,
    `  Secret key   ${seed.secretKey}   (admin API; keep it out of web pages)`,
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
  const db = openDatabase(config.databaseUrl);
  await migrateToLatest(db);
  const seed = await seedDemo(db, { keysFile: demoKeysFileFor(config.databaseUrl) });
  const server = await startServer({ ...config, db });
  console.log(`Shirube server listening on ${server.url}`);

  let demo: Awaited<ReturnType<StartDemoServer>> | null = null;
  try {
    const startDemoServer = await loadDemoServer();
    demo = await startDemoServer({ port: demoPort, host: config.host, sdkUrl: `${browsable(server.url)}/sdk/shirube.js`, projectKey: seed.publicKey });
  } catch (error) {
    console.error(`The demo app could not start: ${error instanceof Error ? error.message : String(error)}`);
    console.error('Run `pnpm install && pnpm build` at the repository root, then start again. The API server keeps running.');
  }

  console.log(banner(server.url, demo ? browsable(demo.url) : null, seed));
  onShutdown(async () => {
    await demo?.close();
    await server.close();
    await db.destroy();
  });
} catch (error) {
  console.error(`Shirube failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
