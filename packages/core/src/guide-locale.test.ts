import { plainText } from '@shirube/schema';
import { describe, expect, it } from 'vitest';
import { localizeGuide, pickGuideLocale, untranslatedSteps } from './guide-locale.js';
import { guideWithSteps } from './test-fixtures.js';

describe('guide locale choice', () => {
  it('takes the exact locale, case aside', () => {
    expect(pickGuideLocale(['ja', 'ja-JP'], 'en', 'ja-jp')).toBe('ja-JP');
  });
  it('falls back from a regional tag to its language', () => {
    expect(pickGuideLocale(['ja', 'fr'], 'en', 'ja-JP')).toBe('ja');
  });
  it('takes a regional translation when only that one speaks the language', () => {
    expect(pickGuideLocale(['pt-BR'], 'en', 'pt')).toBe('pt-BR');
  });
  it('keeps the default when nothing matches, nothing is wanted, or the default is as close', () => {
    expect(pickGuideLocale(['ja'], 'en', 'fr')).toBeNull();
    expect(pickGuideLocale(['ja'], 'en', undefined)).toBeNull();
    expect(pickGuideLocale(['en-GB'], 'en', 'en-US')).toBeNull();
    expect(pickGuideLocale(['ja'], 'ja', 'ja-JP')).toBeNull();
  });
});

describe('guide localisation', () => {
  const guide = guideWithSteps(2, {
    defaultLocale: 'en',
    translations: { ja: { name: 'ようこそ', steps: { s1: { title: 'ステップ1', content: plainText('本文1') } } } },
  });

  it('shows a Japanese user the Japanese strings and the default for what is not translated', () => {
    const ja = localizeGuide(guide, 'ja-JP');
    expect(ja.name).toBe('ようこそ');
    expect(ja.steps.map((s) => s.title)).toEqual(['ステップ1', 'Step 2']);
    expect(ja.steps[0]!.content).toEqual(plainText('本文1'));
    expect(ja.steps[1]!.content).toEqual(plainText('Body 2'));
  });
  it('keeps ids and version, and drops the other languages', () => {
    const ja = localizeGuide(guide, 'ja');
    expect([ja.id, ja.version, ja.steps.map((s) => s.id)]).toEqual([guide.id, guide.version, ['s1', 's2']]);
    expect(ja).not.toHaveProperty('translations');
    expect(ja).not.toHaveProperty('defaultLocale');
  });
  it('shows the default locale to a French user', () => {
    const fr = localizeGuide(guide, 'fr');
    expect(fr.name).toBe('Guide');
    expect(fr.steps.map((s) => s.title)).toEqual(['Step 1', 'Step 2']);
  });
  it('translates a checklist’s title and tasks by task id', () => {
    const checklist = { title: 'Get started', tasks: [{ id: 't1', title: 'Submit', completeWhen: { type: 'event_tracked' as const, name: 'x' } }], onComplete: { celebrate: true, hide: true } };
    const list = guideWithSteps(0, { kind: 'checklist', checklist, translations: { ja: { checklist: { title: 'はじめに', tasks: { t1: { title: '提出する' } } } } } });
    const ja = localizeGuide(list, 'ja');
    expect([ja.checklist!.title, ja.checklist!.tasks[0]!.title]).toEqual(['はじめに', '提出する']);
    expect(localizeGuide(list, 'en').checklist!.title).toBe('Get started');
  });
  it('lists steps a translation leaves untranslated', () => {
    expect(untranslatedSteps(guide.steps, guide.translations!.ja)).toEqual(['s2']);
    expect(untranslatedSteps(guide.steps, undefined)).toEqual(['s1', 's2']);
  });
});
