import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf, setupTest, type TestContext } from '../test-support.js';

let root: string;
let sdkDir: string;
let t: TestContext;
beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'shirube-assets-'));
  sdkDir = join(root, 'dist');
  mkdirSync(sdkDir);
  writeFileSync(join(root, 'secret.js'), 'outside');
  t = await setupTest({ sdkDir });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('SDK assets', () => {
  it('answers 503 telling to run pnpm build while the SDK is not built', async () => {
    const res = await t.app.request('/sdk/shirube.js');
    expect(res.status).toBe(503);
    expect((await errorOf(res)).message).toContain('pnpm build');
  });

  it('serves built files as JavaScript to any origin with a short cache', async () => {
    writeFileSync(join(sdkDir, 'shirube.js'), 'console.log("sdk")');
    writeFileSync(join(sdkDir, 'builder.mjs'), 'export {}');
    writeFileSync(join(sdkDir, 'shirube.js.map'), '{"version":3}');
    const res = await t.app.request('/sdk/shirube.js');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('console.log("sdk")');
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect((await t.app.request('/sdk/builder.mjs')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await (await t.app.request('/sdk/shirube.js.map')).text()).toBe('{"version":3}');
  });

  it('caches the content-hashed guide UI bundle for a year, and only files named by a hash', async () => {
    writeFileSync(join(sdkDir, 'shirube.js'), 'sdk');
    writeFileSync(join(sdkDir, 'shirube-ui.0123456789ab.js'), 'ui');
    writeFileSync(join(sdkDir, 'shirube-ui.latest.js'), 'ui');
    const res = await t.app.request('/sdk/shirube-ui.0123456789ab.js');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ui');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await t.app.request('/sdk/shirube-ui.latest.js')).headers.get('cache-control')).toBe('public, max-age=300');
  });

  it('never reads outside the SDK folder', async () => {
    writeFileSync(join(sdkDir, 'shirube.js'), 'sdk');
    for (const path of ['/sdk/..%2Fsecret.js', '/sdk/%2e%2e%2fsecret.js', '/sdk/../secret.js', '/sdk/.hidden.js', '/sdk/missing.js', '/sdk/shirube.css']) {
      const res = await t.app.request(path);
      expect(res.status, path).toBe(404);
      expect(await res.text()).not.toContain('outside');
    }
  });
});
