import { describe, expect, it } from 'vitest';
import { CATALOGUES, formattingLocale, LANGUAGES, pickLanguage } from './i18n.js';

type Tree = { [key: string]: unknown };

// Every leaf of a catalogue as `path: kind`, where kind is the parameter count of a message function.
function leaves(tree: Tree, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) => {
      const path = prefix + key;
      if (typeof value === 'function') return [[path, `function/${value.length}`]];
      if (typeof value === 'string') return [[path, 'string']];
      return Object.entries(leaves(value as Tree, `${path}.`));
    }),
  );
}

describe('message catalogues', () => {
  it('gives every language the same messages with the same parameters as English', () => {
    const english = leaves(CATALOGUES.en);
    for (const language of Object.keys(LANGUAGES) as Array<keyof typeof LANGUAGES>) expect(leaves(CATALOGUES[language])).toEqual(english);
  });
  it('leaves no message empty and no Japanese message untranslated', () => {
    const english = leaves(CATALOGUES.en);
    // Walks key by key (action names such as `guide.published` are keys with a dot in them).
    const sample = (tree: Tree, path: string): string => {
      let node: unknown = tree;
      let rest = path;
      while (typeof node === 'object' && node !== null && !(rest in (node as Tree))) {
        const key = Object.keys(node as Tree).find((k) => rest.startsWith(`${k}.`))!;
        node = (node as Tree)[key];
        rest = rest.slice(key.length + 1);
      }
      const value = (node as Tree)[rest];
      return typeof value === 'function' ? (value as (...args: unknown[]) => string)(1, 2, 'x', 'y') : (value as string);
    };
    const sameOnPurpose = new Set(['funnel.noTiming', 'kpi.versus', 'stuck.rank']);
    for (const path of Object.keys(english)) {
      expect(sample(CATALOGUES.ja, path), path).not.toBe('');
      if (!sameOnPurpose.has(path)) expect(sample(CATALOGUES.ja, path), path).not.toBe(sample(CATALOGUES.en, path));
    }
  });
});

describe('language choice', () => {
  it('keeps the language the viewer chose, else follows the browser, else English', () => {
    expect(pickLanguage('en', 'ja-JP')).toBe('en');
    expect(pickLanguage(null, 'ja-JP')).toBe('ja');
    expect(pickLanguage('klingon', 'de-DE')).toBe('en');
  });
  it('formats numbers in the browser’s own locale when it speaks the chosen language', () => {
    expect(formattingLocale('en', 'en-GB')).toBe('en-GB');
    expect(formattingLocale('ja', 'en-GB')).toBe('ja');
    expect(formattingLocale('en', 'de-DE')).toBe('en');
  });
});
