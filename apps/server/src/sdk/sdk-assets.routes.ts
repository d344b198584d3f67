import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { Hono } from 'hono';
import { ApiError, notFound } from '../errors.js';

/** A single file name of a bundle or its source map: no slashes, no leading dot, so no traversal. */
const ASSET_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]*\.(js|mjs|map)$/;
/** A file whose name carries a hash of its content (the guide UI bundle): it never changes, so it is cached for good. */
const HASHED_NAME = /\.[0-9a-f]{12}\.js$/;

/**
 * Serves the built SDK bundles (`/sdk/shirube.js`, chunks, source maps) from `sdkDir` to any
 * origin. Files are read per request so a rebuild shows up without a restart; content-hashed files
 * are cached for a year, the rest for five minutes.
 */
export function sdkAssetRoutes({ sdkDir }: { sdkDir: string }) {
  const root = resolve(sdkDir);
  return new Hono().get('/:file', async (c) => {
    const name = c.req.param('file');
    const match = ASSET_NAME.exec(name);
    if (!match || name.includes('..')) throw notFound(`No SDK file named ${name}`);
    const file = join(root, name);
    // Belt and braces: the name pattern already keeps the path inside the folder.
    if (relative(root, file).split(sep)[0] === '..') throw notFound(`No SDK file named ${name}`);
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      if (!existsSync(join(root, 'shirube.js'))) {
        throw new ApiError(503, 'sdk_not_built', `The SDK has not been built (${root} has no shirube.js): run \`pnpm build\` at the repository root.`);
      }
      throw notFound(`No SDK file named ${name}`);
    }
    const type = match[1] === 'map' ? 'application/json; charset=utf-8' : 'text/javascript; charset=utf-8';
    return c.body(new Uint8Array(body), 200, {
      'Content-Type': type,
      'Access-Control-Allow-Origin': '*',
      // The loader names the hashed files it needs, so only it has to stay fresh.
      'Cache-Control': HASHED_NAME.test(name) ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
    });
  });
}
