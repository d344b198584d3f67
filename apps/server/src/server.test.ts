import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '@shirube/schema';
import { openDatabase } from './db/database.js';
import { createProject } from './projects/projects.repo.js';
import { startServer } from './server.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shirube-server-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('server', () => {
  it('migrates, listens on a free port, and closes', async () => {
    const server = await startServer({ databaseUrl: join(tempDir(), 's.db'), port: 0, host: '127.0.0.1' });
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
      expect(await (await fetch(`${server.url}/health`)).json()).toEqual({ ok: true });
      expect(await server.db.selectFrom('guides').selectAll().execute()).toEqual([]);
    } finally {
      await server.close();
    }
    await expect(fetch(`${server.url}/health`)).rejects.toThrow();
  });

  it('close answers the event batches already received, committed, before it closes the database', async () => {
    const file = join(tempDir(), 's.db');
    const server = await startServer({ databaseUrl: file, port: 0, host: '127.0.0.1' });
    const { publicKey } = await createProject(server.db, 'Load');
    const ids = Array.from({ length: 20 }, () => uuidv7());
    const posts = ids.map((id) =>
      fetch(`${server.url}/sdk/v1/events?key=${publicKey}`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain;charset=UTF-8' },
        body: JSON.stringify({ sentAt: Date.now(), events: [{ id, type: 'track', name: 'saved', anonymousId: 'a', timestamp: Date.now(), path: '/' }] }),
      }).then((res) => res.status, () => 0),
    );
    // Closed as soon as the first answer arrives, while the others are being read or queued.
    await Promise.race(posts);
    await server.close();
    const statuses = await Promise.all(posts);
    expect(statuses.filter((status) => status === 202).length).toBeGreaterThan(0);
    const reopened = openDatabase(file);
    const stored = new Set((await reopened.selectFrom('events').select('id').execute()).map((row) => row.id));
    await reopened.destroy();
    expect(ids.filter((id, i) => statuses[i] === 202 && !stored.has(id))).toEqual([]);
  });

  it('main prints one listening line and exits cleanly on SIGTERM', async () => {
    const serverDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: serverDir,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: join(tempDir(), 'main.db') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    const listening = new Promise<string>((resolveUrl, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /Shirube server listening on (http:\/\/127\.0\.0\.1:\d+)\n/.exec(stdout);
        if (match) resolveUrl(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`exited early with ${code}`)));
    });
    const url = await listening;
    expect((await fetch(`${url}/health`)).status).toBe(200);
    const exited = new Promise<number | null>((r) => child.once('exit', r));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
  });

  it('main exits non-zero with a clear message when PostgreSQL cannot be reached', async () => {
    const serverDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: serverDir,
      env: { ...process.env, PORT: '0', DATABASE_URL: 'postgres://127.0.0.1:1/shirube' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((r) => child.once('exit', r));
    expect(code).toBe(1);
    expect(stderr).toContain('Could not migrate the database: connect ECONNREFUSED 127.0.0.1:1');
  });
});
