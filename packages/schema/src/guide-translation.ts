import * as v from 'valibot';
import { LANGUAGE_TAG } from './event.js';
import { RichTextSchema } from './rich-text.js';

/*
 * Guide content per locale. A guide's own fields are written in its default locale; a translation
 * repeats any of its author-written strings in another language, keyed by step and task ids so
 * reordering steps keeps each translation with its step. A string left out falls back to the
 * default locale's, so a partial translation still shows a whole guide.
 */

/** A locale key: a BCP 47 language tag (`ja`, `en-GB`, `zh-Hant-TW`), as events carry them. */
export const LocaleSchema = v.pipe(v.string(), v.regex(LANGUAGE_TAG, 'must be a language tag such as ja or en-GB'));
export type Locale = v.InferOutput<typeof LocaleSchema>;

/** The locale a guide is written in when the author has not said. */
export const DEFAULT_GUIDE_LOCALE = 'en';

const idKey = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a step or task id'));
const text = (max: number) => v.optional(v.pipe(v.string(), v.maxLength(max)));

export const StepTranslationSchema = v.object({
  title: text(200),
  content: v.optional(RichTextSchema),
});
export type StepTranslation = v.InferOutput<typeof StepTranslationSchema>;

export const TaskTranslationSchema = v.object({ title: text(200), description: text(500) });

export const ChecklistTranslationSchema = v.object({
  title: text(200),
  description: text(500),
  tasks: v.optional(v.record(idKey, TaskTranslationSchema)),
});

/** One language's version of a guide's author-written strings; every field optional. */
export const GuideTranslationSchema = v.object({
  /** The name end users see in the help launcher. */
  name: text(200),
  /** By step id. */
  steps: v.optional(v.record(idKey, StepTranslationSchema)),
  checklist: v.optional(ChecklistTranslationSchema),
});
/*
 * Named interfaces (still inferred from the schema) rather than type aliases: guide types embed
 * translations several times over, and TypeScript gives up expanding the anonymous type in each.
 */
export interface GuideTranslation extends v.InferOutput<typeof GuideTranslationSchema> {}
export interface Translations extends Record<string, GuideTranslation> {}

export const MAX_TRANSLATIONS = 30;

/** Translations by locale (`{ ja: {...}, 'en-GB': {...} }`). */
export const TranslationsSchema: v.GenericSchema<Translations> = v.pipe(
  v.record(LocaleSchema, GuideTranslationSchema),
  v.check((translations) => Object.keys(translations).length <= MAX_TRANSLATIONS, `must have at most ${MAX_TRANSLATIONS} locales`),
);
