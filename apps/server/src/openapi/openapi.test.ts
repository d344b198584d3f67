import { compileErrors, validate } from '@readme/openapi-parser';
import { Hono } from 'hono';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { publishedGuide, setupTest, type TestContext } from '../test-support.js';
import { API_BASE, buildOpenApiDocument, type OpenApiDocument } from './openapi-document.js';
import { operation, operationOf, type OperationSpec } from './operation.js';

const documentOf = async (t: TestContext) => (await (await t.app.request('http://localhost/api/v1/openapi.json')).json()) as OpenApiDocument;

/** `METHOD /api/v1/...` of every operation in the document. */
const documented = (document: OpenApiDocument) =>
  Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${API_BASE}${path.replace(/\{(\w+)\}/g, ':$1')}`));

describe('the OpenAPI document', () => {
  it('validates against the OpenAPI 3.1 schema', async () => {
    const t = await setupTest();
    const document = await documentOf(t);
    expect(document.openapi).toBe('3.1.0');
    const result = await validate(structuredClone(document) as never);
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
  });

  it('documents every route registered under /api/v1, and nothing else', async () => {
    const t = await setupTest();
    const registered = new Set(t.app.routes.filter((r) => r.method !== 'ALL' && r.path.startsWith(`${API_BASE}/`)).map((r) => `${r.method} ${r.path}`));
    expect(buildOpenApiDocument(t.app.routes, { version: '1' }).undocumented).toEqual([]);
    expect(documented(await documentOf(t)).sort()).toEqual([...registered].sort());
  });

  it('reports a route added without documentation', () => {
    const admin = new Hono()
      .get('/guides', operation('Guides')({ summary: 'List guides', response: { status: 200, description: 'ok' } }), (c) => c.json({}))
      .get('/secret-export', (c) => c.json({}));
    const app = new Hono().route(API_BASE, admin);
    expect(buildOpenApiDocument(app.routes, { version: '1' }).undocumented).toEqual([`GET ${API_BASE}/secret-export`]);
  });

  it('takes request bodies from the schemas the handlers validate with', async () => {
    const t = await setupTest();
    const document = await documentOf(t);
    const create = document.paths['/guides']!.post as { requestBody: { content: { 'application/json': { schema: unknown } } } };
    expect(create.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/GuideInput' });
    const input = (document.components as { schemas: Record<string, { properties: Record<string, unknown>; required: string[] }> }).schemas.GuideInput!;
    expect(input.required).toEqual(['name']);
    expect(input.properties.name).toMatchObject({ type: 'string', minLength: 1, maxLength: 200 });
    // The server refuses what the document says is too long: the two agree.
    const tooLong = await t.admin('POST', '/guides', { name: 'x'.repeat(201) });
    expect(tooLong.status).toBe(400);
    expect(((await tooLong.json()) as { error: { message: string } }).error.message).toMatch(/^name: /);
  });

  it('is public and cacheable', async () => {
    const t = await setupTest();
    const res = await t.app.request('http://localhost/api/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('public');
    const etag = res.headers.get('etag')!;
    expect((await t.app.request('http://localhost/api/v1/openapi.json', { headers: { 'if-none-match': etag } })).status).toBe(304);
  });
});

/** Ids for the documented paths' parameters, made through the API itself. */
async function pathIds(t: TestContext) {
  const guide = await publishedGuide(t);
  const segment = (await (await t.admin('POST', '/segments', { name: 'Admins', audience: { match: 'all', conditions: [] } })).json()) as { id: string };
  return (path: string) => path.replace('/guides/:id', `/guides/${guide.id}`).replace('/segments/:id', `/segments/${segment.id}`);
}

describe('the documented examples', () => {
  it('succeed against the real server and answer what the document promises', async () => {
    const t = await setupTest();
    const concrete = await pathIds(t);
    const operations = new Map<string, { method: string; path: string; spec: OperationSpec }>();
    for (const route of t.app.routes) {
      const found = operationOf(route.handler);
      if (found && route.path.startsWith(`${API_BASE}/`)) operations.set(`${route.method} ${route.path}`, { method: route.method, path: route.path, spec: found.spec });
    }
    // Deletions last, so every other call still finds its guide and segment.
    const ordered = [...operations.values()].sort((a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'));
    expect(ordered.length).toBeGreaterThan(15);
    for (const { method, path, spec } of ordered) {
      const query = (spec.query ?? []).filter((q) => q.example !== undefined).map((q) => `${q.name}=${encodeURIComponent(q.example!)}`);
      const url = `${concrete(path)}${query.length ? `?${query.join('&')}` : ''}`;
      const res = await t.admin(method, url.slice(API_BASE.length), spec.example);
      expect(res.status, `${method} ${url}: ${await res.clone().text()}`).toBe(spec.response.status);
      if (spec.response.schema) {
        const checked = v.safeParse(spec.response.schema, await res.json());
        expect(checked.success, `${method} ${path} answers its documented schema: ${JSON.stringify(checked.issues?.[0]?.path?.map((p) => p.key))}`).toBe(true);
      }
    }
  });
});

describe('the reference page', () => {
  it('renders every operation with a curl example, under a policy with no inline script', async () => {
    const t = await setupTest();
    const res = await t.app.request('http://localhost/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await res.text();
    expect(html).not.toContain('<script');
    const document = await documentOf(t);
    for (const item of Object.values(document.paths)) {
      for (const op of Object.values(item)) expect(html).toContain(`id="${String(op.operationId)}"`);
    }
    expect(html).toContain('curl -X POST &quot;http://localhost/api/v1/guides&quot;');
    expect(html).toContain('Authorization: Bearer $SHIRUBE_TOKEN');
    expect(html).toContain('Shirube-Project: $SHIRUBE_PROJECT');
  });
});
