import { plainText } from '@shirube/schema';
import { describe, expect, it } from 'vitest';
import { languageName, untranslatedTasks, withChecklistText, withoutTranslation, withStepText, withTranslation } from './translation-draft.js';

describe('translation drafts', () => {
  it('sets one step’s translated title and keeps the others', () => {
    const start = withTranslation({}, 'ja', (t) => withStepText(t, 's1', { title: 'ようこそ' }));
    const next = withTranslation(start, 'ja', (t) => withStepText(t, 's2', { content: plainText('本文') }));
    expect(next.ja!.steps).toEqual({ s1: { title: 'ようこそ' }, s2: { content: plainText('本文') } });
  });
  it('drops a step whose translated strings were emptied, so the original shows', () => {
    const start = withStepText({}, 's1', { title: 'ようこそ' });
    expect(withStepText(start, 's1', { title: '' }).steps).toEqual({});
  });
  it('lists the checklist title and tasks left untranslated', () => {
    const checklist = { title: 'Start', tasks: [{ id: 'a', title: 'A', completeWhen: { type: 'event_tracked' as const, name: 'x' } }, { id: 'b', title: 'B', completeWhen: { type: 'event_tracked' as const, name: 'y' } }], onComplete: { celebrate: true, hide: true } };
    const translation = withChecklistText(withChecklistText({}, null, 'はじめに'), 'a', 'エー');
    expect(untranslatedTasks(checklist, translation)).toEqual(['b']);
    expect(untranslatedTasks(checklist, undefined)).toEqual(['title', 'a', 'b']);
  });
  it('removes one language only', () => {
    expect(Object.keys(withoutTranslation({ ja: {}, fr: {} }, 'ja'))).toEqual(['fr']);
  });
  it('names languages in their own words', () => {
    expect(languageName('ja')).toBe('日本語');
    expect(languageName('en')).toBe('English');
  });
});
