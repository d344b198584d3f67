import { DEFAULT_GUIDE_LOCALE, DEFAULT_TARGETING, type Checklist, type DisplayRules, type Guide, type GuideKind, type HotspotVisibility, type Step, type Targeting, type Theme, type Translations } from '@shirube/schema';
import type { Selectable } from 'kysely';
import type { GuidesTable } from '../db/schema.js';

/** The editable part of a guide, stored as JSON in `guides.draft`. */
export interface GuideDraft {
  /** Absent in drafts saved before kinds existed: a walkthrough. */
  kind?: GuideKind;
  steps: Step[];
  displayRules: DisplayRules;
  theme: Theme;
  /** Absent in drafts saved before targeting existed: everyone. */
  targeting?: Targeting;
  /** Absent in drafts saved before hotspots had the setting: until dismissed. */
  hotspotVisibility?: HotspotVisibility;
  /** Listed in the help launcher; absent in drafts saved before the launcher existed: not listed. */
  helpLauncher?: boolean;
  /** A checklist's tasks (kind `checklist` only). */
  checklist?: Checklist;
  /** Absent in drafts saved before translations existed: English, untranslated. */
  defaultLocale?: string;
  translations?: Translations;
}

/** The columns a `Guide` is built from. */
export const GUIDE_COLUMNS = ['id', 'name', 'status', 'draft', 'version', 'onboarding', 'created_at', 'updated_at'] as const;

type GuideRow = Pick<Selectable<GuidesTable>, (typeof GUIDE_COLUMNS)[number]>;

/** A row as the admin API shows it. The draft was validated on the way in, so it is not re-parsed. */
export function toGuide(row: GuideRow): Guide {
  const draft = JSON.parse(row.draft) as GuideDraft;
  return {
    id: row.id,
    name: row.name,
    kind: draft.kind ?? 'walkthrough',
    status: row.status,
    version: Number(row.version),
    steps: draft.steps,
    displayRules: draft.displayRules,
    theme: draft.theme,
    targeting: draft.targeting ?? DEFAULT_TARGETING,
    onboarding: Number(row.onboarding) === 1,
    hotspotVisibility: draft.hotspotVisibility ?? 'until_dismissed',
    helpLauncher: draft.helpLauncher ?? false,
    ...(draft.checklist && { checklist: draft.checklist }),
    defaultLocale: draft.defaultLocale ?? DEFAULT_GUIDE_LOCALE,
    translations: draft.translations ?? {},
    createdAt: new Date(Number(row.created_at)).toISOString(),
    updatedAt: new Date(Number(row.updated_at)).toISOString(),
  };
}

export function serialiseDraft(draft: GuideDraft): string {
  return JSON.stringify({
    kind: draft.kind ?? 'walkthrough',
    steps: draft.steps,
    displayRules: draft.displayRules,
    theme: draft.theme,
    targeting: draft.targeting ?? DEFAULT_TARGETING,
    hotspotVisibility: draft.hotspotVisibility ?? 'until_dismissed',
    helpLauncher: draft.helpLauncher ?? false,
    checklist: draft.checklist,
    defaultLocale: draft.defaultLocale ?? DEFAULT_GUIDE_LOCALE,
    translations: draft.translations ?? {},
  });
}
