import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '@shirube/server/free-port';
import { freshPostgresTestUrl } from '@shirube/server/test-database';
import { startDemoServer, type DemoServer } from '@shirube/demo/serve';
import { loaderSnippet } from '@shirube/sdk/snippet';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const serverDir = join(repoRoot, 'apps/server');

/** Which build of the demo app: 1 is apps/demo/dist, 2 the next release in apps/demo/dist-next. */
export type DemoRelease = 1 | 2;

/** How a demo app embeds the SDK: by default from the Shirube server under a nonce-based CSP. */
export interface DemoEmbedding {
  /** Serves the SDK from the demo app's own origin (its server forwards `/sdk/*` to Shirube's). */
  sameOriginSdk?: boolean;
  /** `trusted-types`: `script-src 'self'` with Trusted Types required (needs `sameOriginSdk`). */
  policy?: 'nonce' | 'trusted-types';
  /** Installs the SDK with the loader snippet (as the console shows it) instead of the script tag. */
  snippet?: boolean;
}

/** A running Shirube server with its own database, a project, and the demo app embedding the SDK. */
export interface Stack extends Pick<BareServer, 'databasePath' | 'stopServer' | 'restartServer'> {
  serverUrl: string;
  demoUrl: string;
  projectId: string;
  publicKey: string;
  secretKey: string;
  /** Server output so far, for failure messages. */
  serverLog(): string;
  /** Serves another build of the demo app against the same server and project; returns its URL. */
  startDemo(release: DemoRelease, embedding?: DemoEmbedding): Promise<string>;
  /** Runs the server's CLI against the same database; returns its stdout. */
  cli(args: string[]): Promise<string>;
  stop(): Promise<void>;
}

/** Asks the OS for a free loopback port. */
export { freePort };

function runTsx(script: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: serverDir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs the server's CLI to completion and returns its stdout. */
function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolveOut, reject) => {
    const child = runTsx('src/cli.ts', args, env);
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk) => (out += chunk));
    child.stderr!.on('data', (chunk) => (err += chunk));
    child.on('exit', (code) => (code === 0 ? resolveOut(out) : reject(new Error(`cli ${args.join(' ')} exited ${code}: ${err}`))));
  });
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}):\n${log()}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not become healthy:\n${log()}`);
}

/** A running Shirube server on its own empty database, with no project or user yet. */
export interface BareServer {
  serverUrl: string;
  /** Server output so far, for failure messages. */
  serverLog(): string;
  /** Runs the server's CLI against the same database; returns its stdout. */
  cli(args: string[]): Promise<string>;
  /** Serves a build of the demo app embedding the SDK with `projectKey`; returns its URL. */
  startDemo(projectKey: string, release?: DemoRelease, embedding?: DemoEmbedding): Promise<string>;
  /** The server's DATABASE_URL (a SQLite file, or a postgres:// URL under test:postgres), for specs that count stored rows (support/stored-events.ts). */
  databasePath: string;
  /** Stops the server process (SIGTERM) as an outage would; the demo app keeps being served. */
  stopServer(): Promise<void>;
  /** Starts the server process again on the same port and database. */
  restartServer(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the real server as a child process on a free port with a temporary SQLite database and
 * nothing in it: what a newcomer's first run looks like. With TEST_DATABASE_URL set (see
 * `pnpm test:postgres`), a new PostgreSQL database instead; `databasePath` is then its URL.
 */
export async function startBareServer(): Promise<BareServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'shirube-e2e-'));
  const env = { DATABASE_URL: (await freshPostgresTestUrl()) ?? join(dataDir, 'shirube.db'), HOST: '127.0.0.1' };
  // Migrates the new database before the server opens it.
  await runCli(['migrate'], env);
  const port = await freePort();
  const serverUrl = `http://127.0.0.1:${port}`;
  let output = '';
  const serverLog = () => output;
  const launch = async () => {
    const child = runTsx('src/main.ts', [], { ...env, PORT: String(port) });
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    await waitForHealth(serverUrl, child, serverLog);
    return child;
  };
  const halt = async (child: ChildProcess) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  let server = await launch();

  const demos: DemoServer[] = [];
  return {
    serverUrl,
    serverLog,
    cli: (args) => runCli(args, env),
    async startDemo(projectKey, release = 1, embedding = {}) {
      const sdkUrl = embedding.sameOriginSdk ? '/sdk/shirube.js' : `${serverUrl}/sdk/shirube.js`;
      const demo = await startDemoServer({
        port: 0,
        sdkUrl,
        snippet: embedding.snippet ? loaderSnippet({ sdkUrl, projectKey }) : undefined,
        projectKey,
        release,
        sdkProxy: embedding.sameOriginSdk ? serverUrl : undefined,
        policy: embedding.policy,
      });
      demos.push(demo);
      return demo.url;
    },
    databasePath: env.DATABASE_URL,
    stopServer: () => halt(server),
    async restartServer() {
      await halt(server);
      server = await launch();
    },
    async stop() {
      await Promise.all(demos.map((demo) => demo.close()));
      await halt(server);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts a bare server, creates a project through the CLI, and serves the built demo app (release 1
 * unless told otherwise) embedding the built SDK.
 */
export async function startStack(options: { release?: DemoRelease } = {}): Promise<Stack> {
  const bare = await startBareServer();
  const project = JSON.parse(await bare.cli(['create-project', '--name', 'E2E project'])) as { projectId: string; publicKey: string; secretKey: string };
  const startDemo = (release: DemoRelease, embedding?: DemoEmbedding) => bare.startDemo(project.publicKey, release, embedding);
  const demoUrl = await startDemo(options.release ?? 1);
  return {
    serverUrl: bare.serverUrl,
    demoUrl,
    projectId: project.projectId,
    publicKey: project.publicKey,
    secretKey: project.secretKey,
    serverLog: bare.serverLog,
    startDemo,
    cli: bare.cli,
    databasePath: bare.databasePath,
    stopServer: bare.stopServer,
    restartServer: bare.restartServer,
    stop: bare.stop,
  };
}
