import { LANGUAGE_TAG } from '@shirube/schema';

/**
 * The language tag an event carries: the page's `lang` when it is a well-formed tag (the app's
 * own language switch sets it), else the browser's, else none. Malformed values (`""`, `en_US`)
 * are skipped rather than sent, because the server refuses a whole batch over one bad field.
 */
export function pickLocale(pageLang: unknown, browserLang: unknown): string | undefined {
  for (const tag of [pageLang, browserLang]) if (typeof tag === 'string' && LANGUAGE_TAG.test(tag)) return tag;
  return undefined;
}
