import { en, type MessageKey } from './messages-en.js';
import { ja } from './messages-ja.js';

export type { MessageKey };

/** The languages the app speaks. */
export const LANGS = ['en', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

const dictionaries: Record<Lang, Record<MessageKey, string>> = { en, ja };

/** The Intl locale for a language. */
export function localeOf(lang: Lang): string {
  return lang === 'ja' ? 'ja-JP' : 'en-US';
}

/** Reads a value as a language, falling back to English. */
export function asLang(value: unknown): Lang {
  return value === 'ja' ? 'ja' : 'en';
}

/** A label with `{name}` placeholders filled in. */
export function translate(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return dictionaries[lang][key].replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

/** Bound `translate` for one language, as components use it. */
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;
