import type { Checklist, GuideTranslation, StepTranslation, Translations } from '@shirube/schema';

/** Languages the editor offers to translate into; any other BCP 47 tag works through the API. */
export const OFFERED_LOCALES = ['en', 'ja', 'zh-CN', 'zh-TW', 'ko', 'fr', 'de', 'es', 'pt-BR', 'it'] as const;

/** A language's own name for itself (`ja` → 日本語), or the tag when the browser cannot say. */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** `translations` with one language's translation changed by `update`. */
export function withTranslation(translations: Translations, locale: string, update: (t: GuideTranslation) => GuideTranslation): Translations {
  return { ...translations, [locale]: update(translations[locale] ?? {}) };
}

/** A translation with one step's strings merged in; emptied strings are dropped so the original shows. */
export function withStepText(translation: GuideTranslation, stepId: string, patch: StepTranslation): GuideTranslation {
  const merged: StepTranslation = { ...translation.steps?.[stepId], ...patch };
  const clean: StepTranslation = { ...(merged.title ? { title: merged.title } : {}), ...(merged.content?.length ? { content: merged.content } : {}) };
  const { [stepId]: _old, ...others } = translation.steps ?? {};
  return { ...translation, steps: Object.keys(clean).length ? { ...others, [stepId]: clean } : others };
}

/** A translation with the checklist's title or one task's title changed (empty: the original shows). */
export function withChecklistText(translation: GuideTranslation, taskId: string | null, title: string): GuideTranslation {
  const checklist = translation.checklist ?? {};
  if (taskId === null) return { ...translation, checklist: { ...checklist, title: title || undefined } };
  return { ...translation, checklist: { ...checklist, tasks: { ...checklist.tasks, [taskId]: { ...checklist.tasks?.[taskId], title: title || undefined } } } };
}

/** Task ids of a checklist whose title a translation leaves to the original, plus `title` for the checklist's own. */
export function untranslatedTasks(checklist: Checklist | undefined, translation: GuideTranslation | undefined): string[] {
  if (!checklist) return [];
  const missing = translation?.checklist?.title ? [] : ['title'];
  return [...missing, ...checklist.tasks.filter((task) => !translation?.checklist?.tasks?.[task.id]?.title).map((task) => task.id)];
}

/** `translations` without `locale`. */
export function withoutTranslation(translations: Translations, locale: string): Translations {
  const { [locale]: _removed, ...rest } = translations;
  return rest;
}
