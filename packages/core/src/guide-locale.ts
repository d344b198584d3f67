import type { GuideTranslation, PublishedGuide, Step } from '@shirube/schema';

const language = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * Which of a guide's translations a user with locale `wanted` sees: the exact locale (`ja-JP`), else
 * one of the same language (`ja-JP` → `ja`, `en` → `en-GB`), else null for the guide's default
 * locale (also when the default is the best match). Tags compare case-insensitively.
 */
export function pickGuideLocale(available: readonly string[], defaultLocale: string, wanted: string | null | undefined): string | null {
  if (!wanted) return null;
  const want = wanted.toLowerCase();
  // The default comes first so that it wins a tie: a translation is only used when it is closer.
  const candidates = [defaultLocale, ...available];
  const rules = [(tag: string) => tag.toLowerCase() === want, (tag: string) => tag.toLowerCase() === language(want), (tag: string) => language(tag) === language(want)];
  for (const rule of rules) {
    const found = candidates.find(rule);
    if (found !== undefined) return found === defaultLocale ? null : found;
  }
  return null;
}

/** The non-empty title and description of a translation, to spread over the default ones. */
function pickTexts(t: { title?: string | undefined; description?: string | undefined } | undefined): { title?: string; description?: string } {
  return { ...(t?.title ? { title: t.title } : {}), ...(t?.description ? { description: t.description } : {}) };
}

/** A step with its title and content from `translation` where it has them. */
export function localizeStep(step: Step, translation: GuideTranslation | undefined): Step {
  const t = translation?.steps?.[step.id];
  return t ? { ...step, ...(t.title ? { title: t.title } : {}), ...(t.content?.length ? { content: t.content } : {}) } : step;
}

/**
 * The guide as a user with locale `wanted` sees it: its strings from the closest translation, each
 * missing one from the default locale, without the translations themselves (users never need the
 * other languages). Ids, version and everything analytics count stay as they were.
 */
export function localizeGuide(guide: PublishedGuide, wanted: string | null | undefined): PublishedGuide {
  const { translations = {}, defaultLocale, ...rest } = guide;
  const locale = pickGuideLocale(Object.keys(translations), defaultLocale ?? 'en', wanted);
  const t = locale ? translations[locale] : undefined;
  if (!t) return rest;
  const checklist = rest.checklist && t.checklist
    ? {
        ...rest.checklist,
        ...pickTexts(t.checklist),
        tasks: rest.checklist.tasks.map((task) => ({ ...task, ...pickTexts(t.checklist?.tasks?.[task.id]) })),
      }
    : rest.checklist;
  return {
    ...rest,
    name: t.name || rest.name,
    steps: rest.steps.map((step) => localizeStep(step, t)),
    ...(checklist && { checklist }),
  };
}

/** Step ids of `steps` whose title or content a translation leaves to the default locale. */
export function untranslatedSteps(steps: readonly Step[], translation: GuideTranslation | undefined): string[] {
  return steps.filter((step) => {
    const t = translation?.steps?.[step.id];
    return !(t?.title || !step.title) || !(t?.content?.length || step.content.length === 0);
  }).map((step) => step.id);
}
