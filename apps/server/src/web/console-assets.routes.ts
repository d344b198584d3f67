import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import { Hono, type Context } from 'hono';
import { securityHeaders } from '../console/security-headers.js';
import { notFound } from '../errors.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Paths that belong to the API and are never answered with the console page. */
const RESERVED = /^\/(api|sdk|health)(\/|$)/;

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Shirube console not built</title></head>
<body><h1>The Shirube console has not been built</h1>
<p>Run <code>pnpm build</code> at the repository root, then reload this page. The API is running.</p>
</body></html>
`;

/** The file a URL path names inside `root`, or null when it escapes it or is not a file. */
function fileFor(root: string, path: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = resolve(root, `.${decoded}`);
  const rel = relative(root, file);
  if (rel === '' || rel.split(sep)[0] === '..' || rel.split(sep).some((part) => part.startsWith('.'))) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

const wantsHtml = (c: Context) => (c.req.header('accept') ?? '').includes('text/html');

/**
 * Serves the console build from `consoleDir`: its files as they are, and `index.html` for any
 * other page a browser asks for (client-side routing). Hashed `/assets/*` are cached for good.
 */
export function consoleAssetRoutes({ consoleDir }: { consoleDir: string }) {
  const root = resolve(consoleDir);
  const index = join(root, 'index.html');

  const page = async (c: Context) => {
    if (!existsSync(index)) return c.html(NOT_BUILT_PAGE, 503);
    return c.body(new Uint8Array(await readFile(index)), 200, { 'Content-Type': TYPES['.html']!, 'Cache-Control': 'no-cache' });
  };

  return new Hono().use(securityHeaders()).get('*', async (c) => {
    const path = c.req.path;
    if (RESERVED.test(path)) throw notFound(`No route for GET ${path}`);
    if (path === '/' || path === '/index.html') return page(c);
    const file = fileFor(root, path);
    if (file) {
      const immutable = path.startsWith('/assets/');
      return c.body(new Uint8Array(await readFile(file)), 200, {
        'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
    }
    if (wantsHtml(c)) return page(c);
    throw notFound(`No console file at ${path}`);
  });
}
