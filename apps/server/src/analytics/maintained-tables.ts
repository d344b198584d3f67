/** Every table ingest keeps up to date besides the raw events: what analytics are read from. */
export const MAINTAINED_TABLES = [
  'guide_users',
  'guide_user_steps',
  'guide_stats',
  'guide_step_stats',
  'guide_step_durations',
  'guide_hourly_stats',
  'end_users',
  'accounts',
  'user_guides',
  'onboarding_users',
  'trait_values',
] as const;
