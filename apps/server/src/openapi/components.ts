import {
  ApiErrorBodySchema,
  AudienceSchema,
  ChecklistSchema,
  DisplayRulesSchema,
  GuideInputSchema,
  GuidePatchSchema,
  GuideSchema,
  GuideVersionSummarySchema,
  ProjectSettingsSchema,
  RichTextSchema,
  SegmentInputSchema,
  SegmentSchema,
  StepSchema,
  TargetSchema,
  TargetingSchema,
  ThemeSchema,
} from '@shirube/schema';

/**
 * The shared schemas the OpenAPI document names under `components.schemas`; wherever an operation's
 * schema contains one of these (the same object), the document refers to it instead of repeating it.
 */
export const COMPONENT_SCHEMAS = {
  Guide: GuideSchema,
  GuideInput: GuideInputSchema,
  GuidePatch: GuidePatchSchema,
  GuideVersionSummary: GuideVersionSummarySchema,
  Step: StepSchema,
  RichText: RichTextSchema,
  Target: TargetSchema,
  DisplayRules: DisplayRulesSchema,
  Theme: ThemeSchema,
  Targeting: TargetingSchema,
  Audience: AudienceSchema,
  Checklist: ChecklistSchema,
  Segment: SegmentSchema,
  SegmentInput: SegmentInputSchema,
  ProjectSettings: ProjectSettingsSchema,
  ApiErrorBody: ApiErrorBodySchema,
};

/** The reference's sections, in reading order. */
export const TAGS = [
  { name: 'Guides', description: 'Walkthroughs, hotspots and checklists: create and edit drafts, publish them, list their versions.' },
  { name: 'Analytics', description: 'Funnels, A/B holdout results, stuck points and accounts, as the console shows them.' },
  { name: 'Segments', description: 'Saved audiences that guides target by id; editing one changes every guide that uses it at once.' },
  { name: 'Help launcher', description: 'What end users searched for in the help launcher.' },
  { name: 'Project', description: "The project's keys and the origins allowed to use its public key." },
  { name: 'Audit log', description: 'Who changed what, append-only.' },
  { name: 'Reference', description: 'This document.' },
];
