import type { Migration } from 'kysely';
import * as createProjects from './2025_11_22_120000_create_projects.js';
import * as createGuides from './2025_11_22_120100_create_guides.js';
import * as createEvents from './2025_11_22_120200_create_events.js';
import * as createGuideAnalytics from './2025_11_22_120300_create_guide_analytics.js';
import * as createUsers from './2025_11_23_090000_create_users.js';
import * as createBuilderTokens from './2025_11_23_090100_create_builder_tokens.js';
import * as addOriginsAndAuthors from './2025_11_23_090200_add_origins_and_authors.js';
import * as createPeopleAndRollups from './2026_11_30_120000_create_people_and_rollups.js';
import * as addBuilderPick from './2026_11_30_140000_add_builder_pick.js';
import * as createHelpLauncher from './2026_11_30_140100_create_help_launcher.js';
import * as createSegments from './2026_11_30_140200_create_segments.js';
import * as createSplitMembers from './2026_11_30_140300_create_split_members.js';
import * as createChecklistProgress from './2026_11_30_140400_create_checklist_progress.js';
import * as createRateBuckets from './2026_11_30_200500_create_rate_buckets.js';
import * as createDemoKeys from './2026_11_30_200510_create_demo_keys.js';
import * as indexGuideUserStepsByUser from './2026_11_30_201000_index_guide_user_steps_by_user.js';
import * as addSdkOrigins from './2026_12_01_100000_add_sdk_origins.js';
import * as addSessionActivity from './2026_12_01_110000_add_session_activity.js';
import * as createSignInFailures from './2026_12_01_110100_create_sign_in_failures.js';
import * as createAuditLog from './2026_12_01_110200_create_audit_log.js';
import * as createApiTokens from './2026_12_02_000100_create_api_tokens.js';
import * as createWebhooks from './2026_12_02_000200_create_webhooks.js';
import * as createHealthChecks from './2026_12_02_000300_create_health_checks.js';

/** Every migration, by name. A static record (not a folder scan) so bundlers and tsx see them all. */
export const migrations: Record<string, Migration> = {
  '2025_11_22_120000_create_projects': createProjects,
  '2025_11_22_120100_create_guides': createGuides,
  '2025_11_22_120200_create_events': createEvents,
  '2025_11_22_120300_create_guide_analytics': createGuideAnalytics,
  '2025_11_23_090000_create_users': createUsers,
  '2025_11_23_090100_create_builder_tokens': createBuilderTokens,
  '2025_11_23_090200_add_origins_and_authors': addOriginsAndAuthors,
  '2026_11_30_120000_create_people_and_rollups': createPeopleAndRollups,
  '2026_11_30_140000_add_builder_pick': addBuilderPick,
  '2026_11_30_140100_create_help_launcher': createHelpLauncher,
  '2026_11_30_140200_create_segments': createSegments,
  '2026_11_30_140300_create_split_members': createSplitMembers,
  '2026_11_30_140400_create_checklist_progress': createChecklistProgress,
  '2026_11_30_200500_create_rate_buckets': createRateBuckets,
  '2026_11_30_200510_create_demo_keys': createDemoKeys,
  '2026_11_30_201000_index_guide_user_steps_by_user': indexGuideUserStepsByUser,
  '2026_12_01_100000_add_sdk_origins': addSdkOrigins,
  '2026_12_01_110000_add_session_activity': addSessionActivity,
  '2026_12_01_110100_create_sign_in_failures': createSignInFailures,
  '2026_12_01_110200_create_audit_log': createAuditLog,
  '2026_12_02_000100_create_api_tokens': createApiTokens,
  '2026_12_02_000200_create_webhooks': createWebhooks,
  '2026_12_02_000300_create_health_checks': createHealthChecks,
};
