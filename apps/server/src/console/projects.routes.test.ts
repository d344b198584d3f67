import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support.js';
import { setupConsole } from './console-test-support.js';
import type { ConsoleProject } from './console-types.js';

describe('console projects', () => {
  it('lists projects with their allowed origins and no secrets', async () => {
    const t = await setupConsole();
    const body = (await (await t.call(t.viewer, 'GET', '/projects')).json()) as { projects: ConsoleProject[] };
    expect(body.projects.find((p) => p.id === t.project.project.id)).toEqual({
      id: t.project.project.id,
      name: 'Acme',
      publicKey: t.project.publicKey,
      allowedOrigins: [],
      sdkOrigins: [],
      createdAt: new Date(t.project.project.createdAt).toISOString(),
    });
  });

  it('creates a project whose secret key is shown once and works on the admin API', async () => {
    const t = await setupConsole();
    const res = await t.call(t.owner, 'POST', '/projects', { name: ' Beta ', allowedOrigins: ['https://beta.example.com', 'https://beta.example.com'] });
    expect(res.status).toBe(201);
    const { project, secretKey } = (await res.json()) as { project: ConsoleProject; secretKey: string };
    expect(project).toMatchObject({ name: 'Beta', allowedOrigins: ['https://beta.example.com'] });
    expect((await t.admin('GET', '/guides', undefined, secretKey)).status).toBe(200);
  });

  it('refuses origins that are not exact, naming the field, and changes nothing', async () => {
    const t = await setupConsole();
    const id = t.project.project.id;
    for (const origin of [
      'https://app.example.com/',
      'https://app.example.com/path',
      'https://App.example.com',
      'https://app.example.com:443',
      'app.example.com',
      'ftp://app.example.com',
      '*',
      'https://*.example.com',
    ]) {
      const res = await t.call(t.owner, 'PATCH', `/projects/${id}`, { name: 'Changed', allowedOrigins: ['http://127.0.0.1:5174', origin] });
      expect(res.status, origin).toBe(400);
      expect((await errorOf(res)).message, origin).toMatch(/^allowedOrigins\[1\]: must be an exact origin/);
    }
    const notList = await t.call(t.owner, 'POST', '/projects', { name: 'X', allowedOrigins: 'https://app.example.com' });
    expect((await errorOf(notList)).message).toMatch(/^allowedOrigins: /);
    const projects = (await (await t.call(t.owner, 'GET', '/projects')).json()) as { projects: ConsoleProject[] };
    expect(projects.projects.map((p) => [p.name, p.allowedOrigins]).sort()).toEqual([['Acme', []], ['Other', []]]);
  });

  it('patches name and origins; 404 for an unknown project', async () => {
    const t = await setupConsole();
    const res = await t.call(t.owner, 'PATCH', `/projects/${t.project.project.id}`, { allowedOrigins: ['http://localhost:5174', 'https://app.example.com'] });
    expect(((await res.json()) as { project: ConsoleProject }).project).toMatchObject({ name: 'Acme', allowedOrigins: ['http://localhost:5174', 'https://app.example.com'] });
    expect((await t.call(t.owner, 'PATCH', '/projects/nope', { name: 'X' })).status).toBe(404);
  });

  it('sets SDK origins (wildcards allowed) for owners only; refuses a bad pattern naming it and changes nothing', async () => {
    const t = await setupConsole();
    const path = `/projects/${t.project.project.id}`;
    const res = await t.call(t.owner, 'PATCH', path, { sdkOrigins: ['https://app.example.com', 'https://*.example.jp'] });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { project: ConsoleProject }).project.sdkOrigins).toEqual(['https://app.example.com', 'https://*.example.jp']);
    const bad = await t.call(t.owner, 'PATCH', path, { name: 'Changed', sdkOrigins: ['https://ok.example.com', 'https://*.*.example.com'] });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toMatch(/^sdkOrigins\[1\]: must be an origin/);
    expect((await t.call(t.editor, 'PATCH', path, { sdkOrigins: [] })).status).toBe(403);
    const projects = (await (await t.call(t.viewer, 'GET', '/projects')).json()) as { projects: ConsoleProject[] };
    expect(projects.projects.find((p) => p.id === t.project.project.id)).toMatchObject({ name: 'Acme', sdkOrigins: ['https://app.example.com', 'https://*.example.jp'] });
  });

  it('rotates the secret key (old stops working) and the public key', async () => {
    const t = await setupConsole();
    const id = t.project.project.id;
    const secret = (await (await t.call(t.owner, 'POST', `/projects/${id}/keys/rotate`, { which: 'secret' })).json()) as { secretKey: string };
    expect(secret.secretKey).toMatch(/^sk_/);
    expect((await t.admin('GET', '/guides', undefined, t.project.secretKey)).status).toBe(401);
    expect((await t.admin('GET', '/guides', undefined, secret.secretKey)).status).toBe(200);

    const res = await t.call(t.owner, 'POST', `/projects/${id}/keys/rotate`, { which: 'public' });
    const rotated = (await res.json()) as { project: ConsoleProject; secretKey?: string };
    expect(rotated.secretKey).toBeUndefined();
    expect(rotated.project.publicKey).not.toBe(t.project.publicKey);
    expect((await t.sdk('GET', '/guides')).status).toBe(401);
    expect((await t.sdk('GET', '/guides', { key: rotated.project.publicKey })).status).toBe(200);

    const bad = await t.call(t.owner, 'POST', `/projects/${id}/keys/rotate`, { which: 'both' });
    expect((await errorOf(bad)).message).toMatch(/^which: /);
  });
});
