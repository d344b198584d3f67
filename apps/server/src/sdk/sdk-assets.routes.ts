import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { Hono } from 'hono';
import { ApiError, notFound } from '../errors.js';

/** A single file name of a bundle or its source map: no slashes, no leading dot, so no traversal. */
const ASSET_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]*\.(js|mjs|map)$/;

/**
 * Serves the built SDK bundles (`/sdk/shirube.js`, chunks, source maps) from `sdkDir` to any
 * origin. Files are read per request so a rebuild shows up without a restart.
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
      'Cache-Control': 'public, max-age=300',
    });
  });
}
