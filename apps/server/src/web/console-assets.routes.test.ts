import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { migrateToLatest, openDatabase } from '../db/database.js';

async function appWith(build: boolean) {
  const consoleDir = mkdtempSync(join(tmpdir(), 'shirube-console-'));
  if (build) {
    writeFileSync(join(consoleDir, 'index.html'), '<!doctype html><title>Shirube console</title><div id="app"></div>');
    mkdirSync(join(consoleDir, 'assets'));
    writeFileSync(join(consoleDir, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(consoleDir, 'favicon.svg'), '<svg/>');
    writeFileSync(join(consoleDir, '.env'), 'SECRET=1');
  }
  const db = openDatabase(':memory:');
  await migrateToLatest(db);
  return createApp({ db, consoleDir, sdkDir: consoleDir });
}

const html = { accept: 'text/html,application/xhtml+xml' };

describe('console assets', () => {
  it('serves index.html at / with the security headers', async () => {
    const app = await appWith(true);
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('Shirube console');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
  });

  it('serves built files with their type, hashed assets cached for good', async () => {
    const app = await appWith(true);
    const js = await app.request('/assets/index-abc123.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toContain('text/javascript');
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect((await app.request('/favicon.svg')).headers.get('content-type')).toBe('image/svg+xml');
  });

  it('falls back to index.html for pages a browser asks for, but not for API paths or other clients', async () => {
    const app = await appWith(true);
    const page = await app.request('/projects/123/guides', { headers: html });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Shirube console');
    expect((await app.request('/projects/123/guides')).status).toBe(404);
    expect((await app.request('/assets/missing.js', { headers: { accept: '*/*' } })).status).toBe(404);
    for (const path of ['/api/nope', '/api/console/nope', '/sdk/v1/nothing/here', '/health/x']) {
      const res = await app.request(path, { headers: html });
      expect(res.headers.get('content-type'), path).toContain('application/json');
    }
  });

  it('never serves files outside the build or dotfiles', async () => {
    const app = await appWith(true);
    for (const path of ['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/.env', '/assets/%2e%2e/.env']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(404);
    }
  });

  it('says to run pnpm build when the console is not built', async () => {
    const app = await appWith(false);
    for (const res of [await app.request('/'), await app.request('/members', { headers: html })]) {
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(await res.text()).toContain('pnpm build');
    }
  });
});
