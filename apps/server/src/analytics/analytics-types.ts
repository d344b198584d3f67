import type { TargetMissingReason } from '@shirube/schema';

/*
 * What the analytics endpoints answer. Counts are exact distinct end users; shares are 0..1;
 * durations are milliseconds; days are `YYYY-MM-DD` in the time zone the request named.
 */

/**
 * Time users spent on a step: from their first view to their first completion of it, for those who
 * completed it within an hour (one sitting). Users who left and completed it on a later visit are
 * counted apart, so a weekend away does not read as a slow step.
 */
export interface StepTiming {
  /** Users who completed the step within an hour of first seeing it (the sample the percentiles describe). */
  users: number;
  /** Users who completed it later than that, on another visit. */
  laterUsers: number;
  /** Median, or null without samples. Read from log-scale buckets: within ±5%. */
  p50Ms: number | null;
  /** 90th percentile, or null without samples. */
  p90Ms: number | null;
}

/** One step of a funnel. */
export interface FunnelStep {
  stepId: string;
  stepIndex: number;
  title: string;
  viewedUsers: number;
  completedUsers: number;
  dismissedUsers: number;
  targetMissingUsers: number;
  /** Users who met each reason on this step (a user may meet more than one). */
  missingReasons: Record<TargetMissingReason, number>;
  /** Users who saw this step but not the next one (or, for the last step, did not complete). */
  dropOffUsers: number;
  /** dropOffUsers / viewedUsers, 0..1 (0 when nobody viewed). */
  dropOffRate: number;
  timing: StepTiming;
}

/** How users went through one published version of a guide. */
export interface Funnel {
  guideId: string;
  version: number;
  startedUsers: number;
  completedUsers: number;
  dismissedUsers: number;
  /** completedUsers / startedUsers, 0..1 (0 when nobody started). */
  completionRate: number;
  steps: FunnelStep[];
}

/** Users who started and completed the guide version, by the day they first did. */
export interface TrendDay {
  date: string;
  startedUsers: number;
  completedUsers: number;
  dismissedUsers: number;
}

/** Narrows an analytics read to a cohort. Every field is optional; all given must hold. */
export interface AnalyticsFilter {
  /** First day (inclusive) users started the guide, `YYYY-MM-DD` in `tz`. */
  from?: string;
  /** Last day (inclusive). */
  to?: string;
  /** IANA time zone the days are in; UTC when absent. */
  tz?: string;
  /** End-user trait equals: `{ plan: 'business' }`. */
  traits?: Record<string, string>;
  /** Account trait equals. */
  accountTraits?: Record<string, string>;
  /** Language tag the user's browser or page reported, compared on the primary subtag (`ja` matches `ja-JP`). */
  locale?: string;
}

/** `GET …/guides/:id/analytics`: one version's funnel and trend, optionally with a second version beside it. */
export interface GuideAnalytics {
  guideId: string;
  guideName: string;
  /** Every published version, newest first, so the page can offer them. */
  versions: Array<{ version: number; publishedAt: string }>;
  /** The filter applied (echoed with defaults filled). */
  filter: AnalyticsFilter;
  funnel: Funnel;
  trend: TrendDay[];
  /** Present when `compare=N` was asked. */
  comparison?: { funnel: Funnel; trend: TrendDay[] };
}

/** One step in the cross-guide ranking of where users are lost. */
export interface StuckPoint {
  guideId: string;
  guideName: string;
  version: number;
  stepId: string;
  stepIndex: number;
  stepTitle: string;
  stepCount: number;
  viewedUsers: number;
  /** Users who saw this step and never reached the next one (or the end). */
  lostUsers: number;
  dropOffRate: number;
  /** lostUsers × dropOffRate: ranks big leaks above small leaks with a high rate. */
  score: number;
  targetMissingUsers: number;
  /** targetMissingUsers / viewedUsers. */
  missingShare: number;
  /** The reason most users met, when any. */
  topMissingReason: TargetMissingReason | null;
  /** missingShare above the threshold: the step's element is not being found. */
  broken: boolean;
}

/** `GET …/analytics/stuck-points`: broken steps first, then by score. */
export interface StuckPoints {
  /** Share of viewers meeting a missing target above which a step counts as broken. */
  brokenThreshold: number;
  /** Steps with fewer viewers are left out as noise. */
  minViewers: number;
  points: StuckPoint[];
}

export const ACCOUNT_SORTS = ['name', 'users', 'startedUsers', 'completedUsers', 'completionRate', 'stalledUsers', 'lastSeenAt'] as const;
export type AccountSort = (typeof ACCOUNT_SORTS)[number];

/** A customer company, from the account id and traits the SDK sends. */
export interface AccountRow {
  accountId: string;
  /** The `name` account trait, or the id. */
  name: string;
  traits: Record<string, string>;
  /** End users seen in the account. */
  users: number;
  /** Users who started at least one onboarding guide. */
  startedUsers: number;
  /** Users who completed every onboarding guide they started. */
  completedUsers: number;
  /** completedUsers / startedUsers. */
  completionRate: number;
  /** Users with onboarding unfinished and no onboarding activity for `stallDays`. */
  stalledUsers: number;
  lastSeenAt: string;
}

/** `GET …/analytics/accounts`. */
export interface AccountsPage {
  total: number;
  sort: AccountSort;
  order: 'asc' | 'desc';
  stallDays: number;
  /** How many onboarding guides the project has (0: mark some guides as onboarding). */
  onboardingGuides: number;
  accounts: AccountRow[];
}

/** `GET …/analytics/filters`: the trait values seen, to offer as filters. */
export interface FilterOptions {
  traits: Record<string, string[]>;
  accountTraits: Record<string, string[]>;
  locales: string[];
}
