import { plainText, type Guide, type PublishedGuide } from '@shirube/schema';
import { beforeEach, describe, expect, it } from 'vitest';
import { rollbackGuide } from './console-guides.repo.js';
import { errorOf, publishedGuide, sampleGuide, setupTest, type TestContext } from '../test-support.js';

let t: TestContext;
beforeEach(async () => {
  t = await setupTest();
});

const japanese = {
  name: 'ようこそ',
  steps: { hello: { title: 'こんにちは', content: plainText('ようこそ Keihi へ') } },
};

async function guidesFor(locale?: string): Promise<PublishedGuide[]> {
  const res = await t.sdk('GET', locale ? `/guides?locale=${locale}` : '/guides');
  expect(res.status).toBe(200);
  return ((await res.json()) as { guides: PublishedGuide[] }).guides;
}

describe('guide translations', () => {
  it('keeps a default locale and translations in the draft', async () => {
    const created = (await (await t.admin('POST', '/guides', sampleGuide())).json()) as Guide;
    expect([created.defaultLocale, created.translations]).toEqual(['en', {}]);
    const res = await t.admin('PATCH', `/guides/${created.id}`, { translations: { ja: japanese } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Guide).translations).toEqual({ ja: japanese });
  });

  it('refuses a malformed locale with 400 naming it, and changes nothing', async () => {
    const created = (await (await t.admin('POST', '/guides', sampleGuide())).json()) as Guide;
    const bad = await t.admin('PATCH', `/guides/${created.id}`, { name: 'Renamed', translations: { 'xx-!!': japanese } });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toContain('translations.xx-!!');
    const badDefault = await t.admin('POST', '/guides', { ...sampleGuide(), defaultLocale: 'en_US' });
    expect(badDefault.status).toBe(400);
    expect((await errorOf(badDefault)).message).toContain('defaultLocale');
    expect(((await (await t.admin('GET', `/guides/${created.id}`)).json()) as Guide).name).toBe('Onboarding');
  });

  it('serves each end user the published guide in their language, the default otherwise', async () => {
    const guide = await publishedGuide(t, { ...sampleGuide(), translations: { ja: japanese } });
    const [ja] = await guidesFor('ja-JP');
    expect(ja!.name).toBe('ようこそ');
    expect(ja!.steps.map((s) => s.title)).toEqual(['こんにちは', 'Create']);
    expect(ja).not.toHaveProperty('translations');
    for (const locale of ['fr', 'en-GB', undefined, 'not_a_tag']) expect((await guidesFor(locale))[0]!.steps[0]!.title).toBe('Hello');
    // Same guide and version whatever the language: analytics count one guide.
    expect([ja!.id, ja!.version]).toEqual([guide.id, 1]);
  });

  it('serves pinned versions in the user’s language too', async () => {
    const guide = await publishedGuide(t, { ...sampleGuide(), translations: { ja: japanese } });
    const res = await t.sdk('GET', `/guides/${guide.id}/versions/1?locale=ja`);
    expect(((await res.json()) as PublishedGuide).steps[0]!.title).toBe('こんにちは');
  });

  it('keeps translations across a rollback', async () => {
    const guide = await publishedGuide(t, { ...sampleGuide(), translations: { ja: japanese } });
    await t.admin('PATCH', `/guides/${guide.id}`, { translations: {} });
    await t.admin('POST', `/guides/${guide.id}/publish`);
    expect((await guidesFor('ja'))[0]!.name).toBe('Onboarding');
    expect(await rollbackGuide(t.db, t.project.project.id, guide.id, 1)).toEqual({ version: 3 });
    expect((await guidesFor('ja'))[0]!.name).toBe('ようこそ');
  });
});
