import { spawn } from 'node:child_process';
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Test-only: real server processes (`src/main.ts`) and a round-robin proxy in front of them. */

const serverDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** A server started as its own process, as a deployment runs it. */
export interface ServerProcess {
  url: string;
  /** Its output so far, for failure messages. */
  log(): string;
  /** SIGTERM, then waits for the exit. */
  stop(): Promise<void>;
}

/** Starts `src/main.ts` on a free loopback port with `env` added; resolves once it listens. */
export function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const log = () => output;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolveProcess, reject) => {
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Shirube server listening on (http:\/\/127\.0\.0\.1:\d+)\n/.exec(output);
      if (match) resolveProcess({ url: match[1]!, log, stop });
    });
    child.once('exit', (code) => reject(new Error(`server process exited early with ${code}:\n${output}`)));
  });
}

/** Which backend answered a response that came through the proxy (its index). */
export const SERVED_BY = 'x-test-served-by';

/** An address that sends each request to the next backend in turn. */
export interface RoundRobinProxy {
  url: string;
  close(): Promise<void>;
}

/**
 * A minimal reverse proxy that forwards each request, headers and body as they are (the Host
 * header too, as proxies in front of an app usually do), to the backends in turn, and labels the
 * answer with `SERVED_BY`.
 */
export async function startRoundRobinProxy(backends: string[]): Promise<RoundRobinProxy> {
  let next = 0;
  const server = createServer((incoming, outgoing) => {
    const index = next++ % backends.length;
    const target = new URL(backends[index]!);
    const forward = request(
      { hostname: target.hostname, port: target.port, method: incoming.method, path: incoming.url, headers: incoming.headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, { ...withoutHopHeaders(answer.headers), [SERVED_BY]: String(index) });
        answer.pipe(outgoing);
      },
    );
    forward.on('error', (error) => {
      outgoing.writeHead(502, { 'content-type': 'text/plain' });
      outgoing.end(String(error));
    });
    incoming.pipe(forward);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((closed) => {
        server.close(() => closed());
        server.closeAllConnections();
      }),
  };
}

function withoutHopHeaders(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const { connection: _connection, 'keep-alive': _keepAlive, 'transfer-encoding': _encoding, ...rest } = headers;
  return rest;
}
