/**
 * Types only, for browser code (the console, the in-app builder): this module has no runtime
 * imports, so even `import { type X } from '@shirube/server/types'` bundles nothing.
 */
export type { AppType, ConsoleAppType } from './app.js';
export type {
  AuditAction,
  AuditEntry,
  AuditPage,
  BuilderSavedMessage,
  BuilderSession,
  ConsoleGuide,
  ConsoleGuideVersion,
  ConsoleMember,
  ConsoleProject,
  ConsoleRole,
  ConsoleSession,
  ConsoleUser,
  GuideListItem,
  GuideLiveStats,
  UserRef,
} from './console/console-types.js';
export type {
  AccountRow,
  AccountSort,
  AccountsPage,
  AnalyticsFilter,
  FilterOptions,
  Funnel,
  FunnelStep,
  GuideAnalytics,
  StepTiming,
  StuckPoint,
  StuckPoints,
  TrendDay,
} from './analytics/analytics-types.js';
export type { SplitResults, SplitSideResult } from './analytics/split-results.repo.js';
export type { SplitComparison, SplitVerdict } from '@shirube/core';
export type { Segment } from './segments/segments.repo.js';
export type { ApiTokenSummary } from './api-tokens/api-tokens.repo.js';
export type { AudiencePreview } from './people/audience-preview.js';
export type { EmptySearch, HelpSearches, TopSearch } from './help/help-searches.repo.js';
export type { HealthCheck } from './health/health-checks.repo.js';
export type { HealthReport, StepReport, StepStatus } from './health/health-report.js';
export type { SkipReason } from './health/health-plan.js';
export type {
  DeliveryStatus,
  WebhookDelivery,
  WebhookDeliveryPage,
  WebhookEndpoint,
  WebhookEndpointWithSecret,
  WebhookEventType,
} from './webhooks/webhook-types.js';
