import { describe, expect, it } from 'vitest';
import { setupTest } from '../test-support.js';
import { findProjectByPublicKey, rotatePublicKey, updateProject } from './projects.repo.js';
import { cachedProjectByPublicKey, PROJECT_CACHE_MS } from './public-key-cache.js';

describe('public key cache', () => {
  it('looks a key up once within the time it is kept, and again after', async () => {
    const t = await setupTest();
    let loads = 0;
    const load = () => {
      loads++;
      return findProjectByPublicKey(t.db, t.project.publicKey);
    };
    const first = await cachedProjectByPublicKey(t.db, t.project.publicKey, load, 1_000_000);
    const second = await cachedProjectByPublicKey(t.db, t.project.publicKey, load, 1_000_000 + PROJECT_CACHE_MS - 1);
    expect(second).toEqual(first);
    expect(loads).toBe(1);
    await cachedProjectByPublicKey(t.db, t.project.publicKey, load, 1_000_000 + PROJECT_CACHE_MS);
    expect(loads).toBe(2);
  });

  it('does not remember unknown keys', async () => {
    const t = await setupTest();
    let loads = 0;
    const load = async () => {
      loads++;
      return null;
    };
    expect(await cachedProjectByPublicKey(t.db, 'pk_unknown', load, 0)).toBeNull();
    expect(await cachedProjectByPublicKey(t.db, 'pk_unknown', load, 0)).toBeNull();
    expect(loads).toBe(2);
  });

  it('forgets a key rotated and origins changed in this process at once', async () => {
    const t = await setupTest();
    const project = await findProjectByPublicKey(t.db, t.project.publicKey);
    const lookUp = (key: string) => cachedProjectByPublicKey(t.db, key, () => findProjectByPublicKey(t.db, key));
    expect((await lookUp(t.project.publicKey))?.sdkOrigins).toEqual(project?.sdkOrigins);
    await updateProject(t.db, t.project.project.id, { sdkOrigins: ['https://app.example.com'] });
    expect((await lookUp(t.project.publicKey))?.sdkOrigins).toEqual(['https://app.example.com']);
    const rotated = await rotatePublicKey(t.db, t.project.project.id);
    expect(await lookUp(t.project.publicKey)).toBeNull();
    expect((await lookUp(rotated))?.id).toBe(t.project.project.id);
  });
});
