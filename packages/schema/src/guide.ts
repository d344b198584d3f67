import * as v from 'valibot';
import { ChecklistSchema } from './checklist.js';
import { RichTextSchema } from './rich-text.js';
import { HelpLauncherSchema } from './help-launcher.js';
import { TargetSchema } from './target.js';
import { DEFAULT_GUIDE_LOCALE, LocaleSchema, TranslationsSchema } from './guide-translation.js';
import { DEFAULT_TARGETING, TargetingSchema } from './targeting.js';

/**
 * What a guide is: a `walkthrough` shows its steps one after another (tours, announcements and
 * banners are walkthroughs whose steps are modals or banners); `hotspots` shows every step at once
 * as a beacon on its element; a `checklist` is a widget of onboarding tasks. Fixed at creation.
 */
export const GUIDE_KINDS = ['walkthrough', 'hotspots', 'checklist'] as const;
export type GuideKind = (typeof GUIDE_KINDS)[number];

export const GUIDE_STATUSES = ['draft', 'published', 'archived'] as const;
export type GuideStatus = (typeof GUIDE_STATUSES)[number];

export const PLACEMENTS = [
  'auto', 'top', 'bottom', 'left', 'right',
  'top-start', 'top-end', 'bottom-start', 'bottom-end',
  'left-start', 'left-end', 'right-start', 'right-end',
] as const;
export type Placement = (typeof PLACEMENTS)[number];

/** Where a banner step's bar sits: across the top or the bottom of the window. */
export const BANNER_POSITIONS = ['top', 'bottom'] as const;
export type BannerPosition = (typeof BANNER_POSITIONS)[number];

/**
 * How long a hotspot keeps showing to a user: until they dismiss it with "Got it" (remembered for
 * good), or always (Got it only closes its tooltip).
 */
export const HOTSPOT_VISIBILITIES = ['until_dismissed', 'always'] as const;
export type HotspotVisibility = (typeof HOTSPOT_VISIBILITIES)[number];

/** How a step moves on: the Next button, a click on the target, or input in the target. */
export const ADVANCE_MODES = ['next', 'target_click', 'target_input'] as const;
export type AdvanceMode = (typeof ADVANCE_MODES)[number];

const idSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.regex(/^[A-Za-z0-9_-]+$/, 'must use letters, digits, _ or -'));

/** A URL pattern as display rules use them (`/reports/*`, `/settings?tab=*`). */
const urlPatternSchema = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(500));

const StepBase = {
  id: idSchema,
  title: v.pipe(v.string(), v.maxLength(200)),
  content: RichTextSchema,
  advance: v.picklist(ADVANCE_MODES),
  /**
   * The page this step is on, for guides that span pages: the guide waits (shows nothing, reports
   * nothing missing) until the user is on a matching page. Absent: wherever the guide is showing.
   */
  page: v.optional(urlPatternSchema),
};

export const TooltipStepSchema = v.object({
  ...StepBase,
  kind: v.literal('tooltip'),
  target: TargetSchema,
  placement: v.optional(v.picklist(PLACEMENTS), 'auto'),
});

export const ModalStepSchema = v.pipe(
  v.object({
    ...StepBase,
    kind: v.literal('modal'),
    target: v.optional(TargetSchema),
    placement: v.optional(v.picklist(PLACEMENTS), 'auto'),
  }),
  v.check((step) => step.advance === 'next', 'a modal step advances with its Next button'),
);

/** A full-width bar fixed at the top or bottom of the window, with an optional Next/Done button and a close button. */
export const BannerStepSchema = v.pipe(
  v.object({
    ...StepBase,
    kind: v.literal('banner'),
    /** A banner belongs to the window, never to an element. */
    target: v.optional(v.undefined()),
    position: v.optional(v.picklist(BANNER_POSITIONS), 'top'),
    /** Shows the step's Next (Done) button; without it the bar only closes. */
    button: v.optional(v.boolean(), true),
  }),
  v.check((step) => step.advance === 'next', 'a banner step advances with its button'),
);

export const StepSchema = v.variant('kind', [TooltipStepSchema, ModalStepSchema, BannerStepSchema]);
export type Step = v.InferOutput<typeof StepSchema>;
export type StepKind = Step['kind'];

export const DisplayRulesSchema = v.object({
  /**
   * Pages the guide shows on. A pattern starting with `/` matches the path (plus query when it has `?`);
   * `*` matches within one path segment, `**` across segments. Empty means every page.
   */
  urlPatterns: v.pipe(v.array(urlPatternSchema), v.maxLength(20)),
});
export type DisplayRules = v.InferOutput<typeof DisplayRulesSchema>;

export const ThemeSchema = v.object({
  brandColor: v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #2563eb')),
  radius: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(32)),
});
export type Theme = v.InferOutput<typeof ThemeSchema>;

export const DEFAULT_THEME: Theme = { brandColor: '#2563eb', radius: 10 };

const stepsSchema = v.pipe(
  v.array(StepSchema),
  v.maxLength(50),
  v.check((steps) => new Set(steps.map((s) => s.id)).size === steps.length, 'step ids must be unique'),
);

/** What an author sends to create a guide. */
export const GuideInputSchema = v.object({
  name: v.pipe(v.string(), v.description('Shown in the console and analytics; end users never see it.'), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(200)),
  kind: v.optional(v.pipe(v.picklist(GUIDE_KINDS), v.description('Fixed at creation.')), 'walkthrough'),
  steps: v.optional(v.pipe(stepsSchema, v.description('Tooltips, modals and banners in order; each step id unique within the guide.')), []),
  displayRules: v.optional(v.pipe(DisplayRulesSchema, v.description('The pages (URL patterns) the guide may start on.')), { urlPatterns: [] }),
  theme: v.optional(v.pipe(ThemeSchema, v.description('Brand colour and corner radius.')), DEFAULT_THEME),
  targeting: v.optional(v.pipe(TargetingSchema, v.description('Who sees it, when, how often, and an optional A/B holdout.')), DEFAULT_TARGETING),
  onboarding: v.optional(v.pipe(v.boolean(), v.description('Counts toward accounts’ onboarding completion in analytics.')), false),
  checklist: v.optional(v.pipe(ChecklistSchema, v.description('The tasks of a guide of kind `checklist`.'))),
  hotspotVisibility: v.optional(v.pipe(v.picklist(HOTSPOT_VISIBILITIES), v.description('For `hotspots` guides: until dismissed, or always.')), 'until_dismissed'),
  helpLauncher: v.optional(v.pipe(v.boolean(), v.description('Listed in the help launcher, where users can search for it and start it themselves.')), false),
  defaultLocale: v.optional(v.pipe(LocaleSchema, v.description('The language the guide’s own strings are written in (BCP 47, e.g. `en`, `ja`).')), DEFAULT_GUIDE_LOCALE),
  translations: v.optional(v.pipe(TranslationsSchema, v.description('The same strings in other languages, by locale; end users see the closest to theirs.')), {}),
});
export type GuideInput = v.InferInput<typeof GuideInputSchema>;

/** What an author sends to change a draft: any subset of the input fields. */
export const GuidePatchSchema = v.partial(
  v.object({
    name: v.pipe(v.string(), v.description('Shown in the console and analytics.'), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(200)),
    steps: v.pipe(stepsSchema, v.description('Replaces all steps.')),
    displayRules: DisplayRulesSchema,
    theme: ThemeSchema,
    targeting: v.pipe(TargetingSchema, v.description('Replaces the whole targeting.')),
    status: v.pipe(v.picklist(['draft', 'archived'] as const), v.description('`archived` stops showing it; `draft` restores it.')),
    onboarding: v.boolean(),
    checklist: ChecklistSchema,
    hotspotVisibility: v.picklist(HOTSPOT_VISIBILITIES),
    helpLauncher: v.boolean(),
    defaultLocale: LocaleSchema,
    translations: TranslationsSchema,
  }),
);
export type GuidePatch = v.InferOutput<typeof GuidePatchSchema>;

/** A guide as the admin API returns it: the working draft plus the number of its live version. */
export const GuideSchema = v.object({
  id: v.string(),
  name: v.string(),
  kind: v.picklist(GUIDE_KINDS),
  status: v.picklist(GUIDE_STATUSES),
  /** Latest published version (0 when never published). */
  version: v.pipe(v.number(), v.integer(), v.minValue(0)),
  steps: v.array(StepSchema),
  displayRules: DisplayRulesSchema,
  theme: ThemeSchema,
  targeting: TargetingSchema,
  /** Part of onboarding: its completion counts toward accounts' onboarding completion. */
  onboarding: v.boolean(),
  /** Present on checklists once authored. */
  checklist: v.optional(ChecklistSchema),
  hotspotVisibility: v.picklist(HOTSPOT_VISIBILITIES),
  /** Listed in the help launcher (takes effect for end users when published). */
  helpLauncher: v.boolean(),
  defaultLocale: LocaleSchema,
  translations: TranslationsSchema,
  createdAt: v.string(),
  updatedAt: v.string(),
});
export type Guide = v.InferOutput<typeof GuideSchema>;

/** An immutable published snapshot: what end users are shown and what analytics are keyed by. */
export const PublishedGuideSchema = v.object({
  id: v.string(),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  name: v.string(),
  /** Absent in versions published before kinds existed: a walkthrough. */
  kind: v.optional(v.picklist(GUIDE_KINDS)),
  steps: v.array(StepSchema),
  displayRules: DisplayRulesSchema,
  theme: ThemeSchema,
  /** Absent in versions published before targeting existed: everyone. */
  targeting: v.optional(TargetingSchema),
  /** A checklist's tasks (kind `checklist` only). */
  checklist: v.optional(ChecklistSchema),
  /** Hotspots guides only; absent means until dismissed. */
  hotspotVisibility: v.optional(v.picklist(HOTSPOT_VISIBILITIES)),
  /** Listed in the help launcher; absent means not listed. */
  helpLauncher: v.optional(v.boolean()),
  /**
   * Absent in versions published before translations existed, and in what the SDK receives: the
   * server sends each user the guide already in their language (see `localizeGuide`).
   */
  defaultLocale: v.optional(LocaleSchema),
  translations: v.optional(TranslationsSchema),
});
export type PublishedGuide = v.InferOutput<typeof PublishedGuideSchema>;

export const PublishedGuidesResponseSchema = v.object({
  guides: v.array(PublishedGuideSchema),
  /** Absent from servers that predate the launcher: no launcher. */
  launcher: v.optional(HelpLauncherSchema),
});
export type PublishedGuidesResponse = v.InferOutput<typeof PublishedGuidesResponseSchema>;
