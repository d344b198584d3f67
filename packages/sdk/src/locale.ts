import { LANGUAGE_TAG } from '@shirube/schema';

/**
 * The user's language tag, which events carry and guides are asked in: the first well-formed tag of
 * `tags`, given in order of preference (the `locale` trait from identify, the page's `lang` that the
 * app's own language switch sets, the browser's), else none. Malformed values (`""`, `en_US`) are
 * skipped rather than sent, because the server refuses a whole batch over one bad field.
 */
export function pickLocale(...tags: unknown[]): string | undefined {
  for (const tag of tags) if (typeof tag === 'string' && LANGUAGE_TAG.test(tag)) return tag;
  return undefined;
}
