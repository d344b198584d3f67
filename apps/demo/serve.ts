import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Where `vite build` puts the demo app. */
export const defaultDistDir = fileURLToPath(new URL('./dist/', import.meta.url));
/** Where `vite build --mode next` puts release 2, the next release of the app (see src/release.ts). */
export const nextDistDir = fileURLToPath(new URL('./dist-next/', import.meta.url));

export interface DemoServerOptions {
  port: number;
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** URL of the Shirube SDK script the page loads, e.g. http://127.0.0.1:8787/sdk/shirube.js. */
  sdkUrl: string;
  /** The project's public key, put in the script tag's `data-project-key`. */
  projectKey: string;
  /** The built app to serve; overrides `release`. */
  distDir?: string;
  /** Which release's build to serve: 1 (apps/demo/dist, the default) or 2 (apps/demo/dist-next). */
  release?: 1 | 2;
  /**
   * A Shirube server to forward `/sdk/*` to, so the SDK and its calls are the app's own origin (use
   * `sdkUrl: '/sdk/shirube.js'`): what a host with `script-src 'self'` does.
   */
  sdkProxy?: string;
  /** `nonce` (the default) or `trusted-types`: `script-src 'self'` with Trusted Types required (`trustedTypesPolicy`). */
  policy?: 'nonce' | 'trusted-types';
  /**
   * HTML that installs the SDK in place of the script tag: the loader snippet (`@shirube/sdk/snippet`),
   * which the app can call before the SDK has loaded. It gets the page's nonce like every script.
   */
  snippet?: string;
}

export interface DemoServer {
  /** Base URL with the real port, without a trailing slash. */
  url: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** Escapes a value for use inside a double- or single-quoted HTML attribute. */
export function escapeHtmlAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** The SDK's script tag in index.html, before its placeholders are filled. */
const SDK_SCRIPT_TAG = /<script src="%SHIRUBE_SDK_URL%"[^>]*><\/script>/;

/**
 * Fills the SDK placeholders of index.html, the way a customer pastes their snippet; with
 * `snippet`, that HTML replaces the script tag.
 */
export function renderIndexHtml(html: string, values: { sdkUrl: string; projectKey: string; snippet?: string }): string {
  const { snippet } = values;
  return (snippet === undefined ? html : html.replace(SDK_SCRIPT_TAG, () => snippet))
    .replaceAll('%SHIRUBE_SDK_URL%', escapeHtmlAttribute(values.sdkUrl))
    .replaceAll('%SHIRUBE_PROJECT_KEY%', escapeHtmlAttribute(values.projectKey));
}

/**
 * The strict policy the demo app is served under, the kind a security review asks of a SaaS app:
 * scripts only with this response's nonce, styles and everything else from the app itself, calls
 * to the app and the Shirube server. The SDK must work under it unchanged.
 */
export function contentSecurityPolicy(nonce: string, sdkUrl: string): string {
  let sdkOrigin = '';
  try {
    sdkOrigin = ` ${new URL(sdkUrl).origin}`;
  } catch {
    // A relative SDK URL is the app's own origin, already allowed.
  }
  return [
    "default-src 'self'",
    `script-src 'nonce-${nonce}'`,
    "style-src 'self'",
    `connect-src 'self'${sdkOrigin}`,
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/**
 * The strictest policy we promise to work under: scripts and styles from the app's own origin only,
 * and Trusted Types required, with Shirube's policy (`shirube`) the only one allowed.
 */
export function trustedTypesPolicy(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "connect-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types shirube',
  ].join('; ');
}

/** Gives every script tag of the page this response's nonce. */
export function withNonce(html: string, nonce: string): string {
  return html.replaceAll('<script', `<script nonce="${nonce}"`);
}

function send(res: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-length': String(Buffer.byteLength(body)), ...headers });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

async function fileAt(path: string): Promise<Buffer | undefined> {
  try {
    const info = await stat(path);
    return info.isFile() ? await readFile(path) : undefined;
  } catch {
    return undefined;
  }
}

/** Forwards one request to the Shirube server (`/sdk/*` only), answering with what it answered. */
async function proxy(req: IncomingMessage, res: ServerResponse, upstream: string): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string' && name !== 'host' && name !== 'connection') headers.set(name, value);
  }
  const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
  const answer = await fetch(new URL(req.url ?? '/', upstream), { method: req.method, headers, body });
  const out: Record<string, string> = {};
  answer.headers.forEach((value, name) => {
    if (name !== 'content-encoding' && name !== 'content-length' && name !== 'transfer-encoding' && name !== 'connection') out[name] = value;
  });
  send(res, answer.status, Buffer.from(await answer.arrayBuffer()), out);
}

function createHandler(root: string, indexHtml: string, opts: DemoServerOptions) {
  const sendIndex = (res: ServerResponse) => {
    const nonce = randomBytes(16).toString('base64');
    const trusted = opts.policy === 'trusted-types';
    send(res, 200, trusted ? indexHtml : withNonce(indexHtml, nonce), {
      'content-type': CONTENT_TYPES['.html']!,
      'cache-control': 'no-cache',
      'content-security-policy': trusted ? trustedTypesPolicy() : contentSecurityPolicy(nonce, opts.sdkUrl),
    });
  };

  return async function handleDemoRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (opts.sdkProxy && req.url?.startsWith('/sdk/')) return proxy(req, res, opts.sdkProxy);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method Not Allowed', { allow: 'GET, HEAD', 'content-type': CONTENT_TYPES['.txt']! });
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://demo.invalid').pathname);
    } catch {
      send(res, 400, 'Bad Request', { 'content-type': CONTENT_TYPES['.txt']! });
      return;
    }
    // The URL parser already folds literal "..", but encoded separators ("..%2f") only appear after decoding.
    const filePath = resolve(root, `.${pathname}`);
    if (pathname.includes('\0') || (filePath !== root && !filePath.startsWith(root + sep))) {
      send(res, 403, 'Forbidden', { 'content-type': CONTENT_TYPES['.txt']! });
      return;
    }
    if (pathname === '/' || pathname === '/index.html') {
      sendIndex(res);
      return;
    }
    const body = await fileAt(filePath);
    const ext = extname(filePath).toLowerCase();
    if (body) {
      const immutable = pathname.startsWith('/assets/');
      send(res, 200, body, {
        'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      return;
    }
    // Client-side routes (/reports/new) have no extension; a missing asset (/logo.png) is a real 404.
    if (ext === '') {
      sendIndex(res);
      return;
    }
    send(res, 404, 'Not Found', { 'content-type': CONTENT_TYPES['.txt']! });
  };
}

function urlFor(host: string, port: number): string {
  const shown = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '[::1]' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

/**
 * Serves the built demo app with the Shirube snippet filled in, under a strict nonce-based
 * Content-Security-Policy (`contentSecurityPolicy`). `port: 0` picks a free port;
 * the returned url carries the real one. Rejects when the app has not been built.
 */
export async function startDemoServer(opts: DemoServerOptions): Promise<DemoServer> {
  const root = resolve(opts.distDir ?? (opts.release === 2 ? nextDistDir : defaultDistDir));
  const indexPath = join(root, 'index.html');
  if (!existsSync(indexPath)) {
    throw new Error(`The demo app is not built (${indexPath} is missing): run \`pnpm build\` first.`);
  }
  const indexHtml = renderIndexHtml(readFileSync(indexPath, 'utf8'), opts);
  const handle = createHandler(root, indexHtml, opts);
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal Server Error', { 'content-type': CONTENT_TYPES['.txt']! });
      else res.destroy();
    });
  });
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(opts.port, host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: urlFor(host, port),
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.close((error) => (error ? reject(error) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}

async function main(): Promise<void> {
  const server = await startDemoServer({
    port: Number(process.env.DEMO_PORT ?? 5174),
    host: process.env.DEMO_HOST ?? '127.0.0.1',
    sdkUrl: process.env.SHIRUBE_SDK_PROXY ? '/sdk/shirube.js' : (process.env.SHIRUBE_SDK_URL ?? 'http://127.0.0.1:8787/sdk/shirube.js'),
    projectKey: process.env.SHIRUBE_PROJECT_KEY ?? '',
    release: process.env.DEMO_RELEASE === '2' ? 2 : 1,
    sdkProxy: process.env.SHIRUBE_SDK_PROXY || undefined,
    policy: process.env.DEMO_CSP === 'trusted-types' ? 'trusted-types' : 'nonce',
  });
  console.log(`Demo app on ${server.url}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
