import { beforeEach, describe, expect, it } from 'vitest';
import { errorOf, setupTest, type TestContext } from '../test-support.js';
import { hashSecretKey, newPublicKey, newSecretKey } from './keys.js';

let t: TestContext;
beforeEach(async () => {
  t = await setupTest();
});

/** Every authenticated endpoint, so a new route cannot skip the permission checks unnoticed. */
const ADMIN_ENDPOINTS = [
  ['GET', '/api/v1/guides'],
  ['POST', '/api/v1/guides'],
  ['GET', '/api/v1/guides/g1'],
  ['PATCH', '/api/v1/guides/g1'],
  ['DELETE', '/api/v1/guides/g1'],
  ['POST', '/api/v1/guides/g1/publish'],
  ['GET', '/api/v1/guides/g1/versions'],
  ['GET', '/api/v1/guides/g1/funnel'],
] as const;
const SDK_ENDPOINTS = [
  ['GET', '/sdk/v1/guides'],
  ['POST', '/sdk/v1/events'],
] as const;

const request = (method: string, path: string, headers: Record<string, string> = {}) =>
  t.app.request(path, { method, headers, ...(method === 'GET' || method === 'DELETE' ? {} : { body: '{}' }) });

describe('admin API auth', () => {
  it.each(ADMIN_ENDPOINTS)('%s %s answers 401 without a key or with an unknown one', async (method, path) => {
    const attempts: Array<Record<string, string>> = [{}, { authorization: `Bearer ${newSecretKey()}` }, { authorization: 'Basic abc' }];
    for (const headers of attempts) {
      const res = await request(method, path, headers);
      expect(res.status).toBe(401);
      expect((await errorOf(res)).code).toBe('unauthorized');
    }
  });

  it.each(ADMIN_ENDPOINTS)('%s %s answers 403 to a public key', async (method, path) => {
    const res = await request(method, path, { authorization: `Bearer ${t.project.publicKey}` });
    expect(res.status).toBe(403);
    const error = await errorOf(res);
    expect(error.code).toBe('forbidden');
    expect(error.message).toMatch(/public key/i);
  });

  it('accepts the secret key', async () => {
    expect((await request('GET', '/api/v1/guides', { authorization: `Bearer ${t.project.secretKey}` })).status).toBe(200);
  });

  it('stores only the hash of the secret key', async () => {
    const row = await t.db.selectFrom('projects').selectAll().where('id', '=', t.project.project.id).executeTakeFirstOrThrow();
    expect(row.secret_key_hash).toBe(hashSecretKey(t.project.secretKey));
    expect(JSON.stringify(row)).not.toContain(t.project.secretKey);
  });
});

describe('SDK auth', () => {
  it.each(SDK_ENDPOINTS)('%s %s answers 401 without a key or with an unknown one', async (method, path) => {
    for (const url of [path, `${path}?key=${newPublicKey()}`]) {
      const res = await request(method, url);
      expect(res.status).toBe(401);
      expect((await errorOf(res)).code).toBe('unauthorized');
    }
  });

  it.each(SDK_ENDPOINTS)('%s %s answers 403 to a secret key, in the query or the header', async (method, path) => {
    for (const [url, headers] of [
      [`${path}?key=${t.project.secretKey}`, {}],
      [path, { 'x-shirube-key': t.project.secretKey }],
    ] as const) {
      const res = await request(method, url, headers);
      expect(res.status).toBe(403);
      expect((await errorOf(res)).message).toMatch(/secret key/i);
    }
  });

  it('accepts the public key in the query or the X-Shirube-Key header', async () => {
    expect((await request('GET', `/sdk/v1/guides?key=${t.project.publicKey}`)).status).toBe(200);
    expect((await request('GET', '/sdk/v1/guides', { 'x-shirube-key': t.project.publicKey })).status).toBe(200);
  });
});

describe('keys', () => {
  it('have the documented shapes and do not repeat', () => {
    const keys = new Set(Array.from({ length: 200 }, () => newSecretKey()));
    expect(keys.size).toBe(200);
    for (const key of keys) expect(key).toMatch(/^sk_[0-9A-Za-z]{40}$/);
    expect(newPublicKey()).toMatch(/^pk_[0-9A-Za-z]{24}$/);
  });
});
