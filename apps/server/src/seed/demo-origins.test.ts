import { describe, expect, it } from 'vitest';
import { findProjectById, updateProject } from '../projects/projects.repo.js';
import { event, postEvents, setupTest } from '../test-support.js';
import { useDemoOrigins } from './demo-seed.js';

describe('sample project origins', () => {
  it('lets the demo app report, keeps sites added in the console, and refuses other pages', async () => {
    const t = await setupTest();
    const id = t.project.project.id;
    await updateProject(t.db, id, { sdkOrigins: ['https://staging.keihi.example'] });
    await useDemoOrigins(t.db, id, ['http://127.0.0.1:5174', 'http://localhost:5174']);
    await useDemoOrigins(t.db, id, ['http://127.0.0.1:5175', 'http://localhost:5175']);
    const project = await findProjectById(t.db, id);
    expect(project?.allowedOrigins).toEqual(['http://127.0.0.1:5175', 'http://localhost:5175']);
    expect(project?.sdkOrigins).toEqual(['https://staging.keihi.example', 'http://127.0.0.1:5174', 'http://localhost:5174', 'http://127.0.0.1:5175', 'http://localhost:5175']);
    const from = (origin: string) => t.sdk('GET', '/guides', { headers: { origin } });
    expect((await from('http://localhost:5175')).status).toBe(200);
    expect((await from('https://elsewhere.example')).status).toBe(403);
    expect((await postEvents(t, [event({ type: 'track', name: 'x' })])).status).toBe(202);
  });
});
