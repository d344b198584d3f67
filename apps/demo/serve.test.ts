import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtmlAttribute, renderIndexHtml, startDemoServer, type DemoServer } from './serve.js';

const INDEX = `<!doctype html><html><head>
<script src="%SHIRUBE_SDK_URL%" data-project-key="%SHIRUBE_PROJECT_KEY%" async></script>
</head><body><div id="app"></div></body></html>`;

/** A raw GET, so paths reach the server exactly as written (fetch would normalise them). */
function rawGet(base: string, path: string): Promise<{ status: number; type: string | undefined; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolveResponse, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolveResponse({ status: res.statusCode ?? 0, type: res.headers['content-type'], body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('demo server', () => {
  let workDir: string;
  let distDir: string;
  let server: DemoServer;

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'shirube-demo-serve-'));
    distDir = join(workDir, 'dist');
    mkdirSync(join(distDir, 'assets'), { recursive: true });
    writeFileSync(join(distDir, 'index.html'), INDEX);
    writeFileSync(join(distDir, 'assets', 'app-1234.js'), 'console.log("app");');
    writeFileSync(join(distDir, 'assets', 'app-1234.css'), 'body{}');
    writeFileSync(join(workDir, 'secret.txt'), 'top secret');
    server = await startDemoServer({
      port: 0,
      distDir,
      sdkUrl: 'http://127.0.0.1:8787/sdk/shirube.js?v=1&x="><script>alert(1)</script>',
      projectKey: "pk_test_'quoted'",
    });
  });

  afterAll(async () => {
    await server?.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('listens on the free port it picked when asked for port 0', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).not.toMatch(/:0$/);
  });

  it('fills the SDK snippet with HTML-attribute-escaped values', async () => {
    const res = await fetch(`${server.url}/`);
    const html = await res.text();
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html).toContain(
      ' src="http://127.0.0.1:8787/sdk/shirube.js?v=1&amp;x=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" data-project-key="pk_test_&#39;quoted&#39;" async></script>',
    );
    expect(html).not.toContain('%SHIRUBE_');
    expect(html).not.toContain('<script>alert(1)');
  });

  it('serves the page under a strict CSP whose fresh nonce every script tag carries', async () => {
    const first = await fetch(`${server.url}/reports/new`);
    const policy = first.headers.get('content-security-policy')!;
    const nonce = /script-src 'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(policy).toContain("style-src 'self'");
    expect(policy).toContain("connect-src 'self' http://127.0.0.1:8787");
    expect(policy).not.toContain('unsafe');
    const html = await first.text();
    const scripts = html.split('<script ').length - 1;
    expect(scripts).toBeGreaterThan(0);
    expect(html.split(`<script nonce="${nonce}" `).length - 1).toBe(scripts);
    const again = (await fetch(`${server.url}/`)).headers.get('content-security-policy');
    expect(again).not.toBe(policy);
  });

  it('serves assets with their content types', async () => {
    const js = await fetch(`${server.url}/assets/app-1234.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log("app");');
    const css = await fetch(`${server.url}/assets/app-1234.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('falls back to the filled index.html for client-side routes', async () => {
    for (const path of ['/reports', '/reports/new', '/reports/r-0001?tab=history', '/settings/']) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(await res.text(), path).toContain('data-project-key="pk_test_&#39;quoted&#39;"');
    }
  });

  it('answers 404 for a missing file that has an extension', async () => {
    const res = await fetch(`${server.url}/assets/missing-5678.js`);
    expect(res.status).toBe(404);
  });

  it('never serves files outside the dist folder', async () => {
    for (const path of ['/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/..\\secret.txt']) {
      const res = await rawGet(server.url, path);
      expect(res.body, path).not.toContain('top secret');
      expect([403, 404], path).toContain(res.status);
    }
    const dotted = await rawGet(server.url, '/../secret.txt');
    expect(dotted.body).not.toContain('top secret');
  });

  it('tells to build first when dist/ is missing', async () => {
    await expect(
      startDemoServer({ port: 0, distDir: join(workDir, 'nope'), sdkUrl: 'x', projectKey: 'y' }),
    ).rejects.toThrow(/pnpm build/);
  });
});

describe('demo server with a same-origin SDK under Trusted Types', () => {
  let workDir: string;
  let upstream: Server;
  let server: DemoServer;
  const seen: string[] = [];

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'shirube-demo-proxy-'));
    writeFileSync(join(workDir, 'index.html'), INDEX);
    // Stands in for the Shirube server: echoes what reached it.
    upstream = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk));
      req.on('end', () => {
        seen.push(`${req.method} ${req.url} ${req.headers['x-shirube-key'] ?? ''} ${body}`);
        res.writeHead(req.url === '/sdk/missing.js' ? 404 : 200, { 'content-type': 'text/javascript', 'x-upstream': 'yes' });
        res.end(`// ${req.method} ${req.url}`);
      });
    });
    await new Promise<void>((done) => upstream.listen(0, '127.0.0.1', done));
    const { port } = upstream.address() as AddressInfo;
    server = await startDemoServer({ port: 0, distDir: workDir, sdkUrl: '/sdk/shirube.js', projectKey: 'pk_x', sdkProxy: `http://127.0.0.1:${port}`, policy: 'trusted-types' });
  });

  afterAll(async () => {
    await server?.close();
    await new Promise((done) => upstream?.close(done));
    rmSync(workDir, { recursive: true, force: true });
  });

  it('serves the page under script-src self with Trusted Types required and only the shirube policy allowed', async () => {
    const res = await fetch(`${server.url}/`);
    const policy = res.headers.get('content-security-policy')!;
    expect(policy).toContain("script-src 'self'; style-src 'self'");
    expect(policy).toContain("require-trusted-types-for 'script'; trusted-types shirube");
    expect(policy).not.toContain('nonce');
    expect(await res.text()).toContain('<script src="/sdk/shirube.js"');
  });

  it('forwards /sdk/* requests, bodies and headers included, and answers with the server\'s status', async () => {
    const script = await fetch(`${server.url}/sdk/shirube.js`);
    expect(script.headers.get('x-upstream')).toBe('yes');
    expect(await script.text()).toBe('// GET /sdk/shirube.js');
    await fetch(`${server.url}/sdk/v1/events?x=1`, { method: 'POST', headers: { 'X-Shirube-Key': 'pk_x' }, body: '{"a":1}' });
    expect(seen).toContain('POST /sdk/v1/events?x=1 pk_x {"a":1}');
    expect((await fetch(`${server.url}/sdk/missing.js`)).status).toBe(404);
    // Everything else is still the app's own.
    expect((await fetch(`${server.url}/other.js`)).status).toBe(404);
    expect(seen.some((line) => line.includes('/other.js'))).toBe(false);
  });
});

describe('renderIndexHtml', () => {
  it('puts a loader snippet in place of the script tag when given one', () => {
    const html = renderIndexHtml(INDEX, { sdkUrl: 'https://guides.example.com/sdk/shirube.js', projectKey: 'pk_1', snippet: '<script>/* stub */</script>' });
    expect(html).toContain('<head>\n<script>/* stub */</script>\n</head>');
    expect(html).not.toContain('data-project-key');
    expect(renderIndexHtml(INDEX, { sdkUrl: '/sdk/shirube.js', projectKey: 'pk_1' })).toContain('<script src="/sdk/shirube.js" data-project-key="pk_1" async></script>');
  });
});

describe('escapeHtmlAttribute', () => {
  it('escapes every character that could end the attribute or open a tag', () => {
    expect(escapeHtmlAttribute(`a&b"c'd<e>f`)).toBe('a&amp;b&quot;c&#39;d&lt;e&gt;f');
  });
});
