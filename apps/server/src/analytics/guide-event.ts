import type { GuideEventType, ShirubeEvent, TargetMissingReason } from '@shirube/schema';

/** An event about a guide (has guideId and guideVersion). */
export type GuideEvent = Extract<ShirubeEvent, { type: GuideEventType }>;

/** What ingest knows of the guide version an event names. */
export interface GuideFacts {
  onboarding: boolean;
}

/** A bit per missing-target reason, so a user's reasons fit one integer column. */
export const MISSING_REASON_BITS: Record<TargetMissingReason, number> = { not_found: 1, not_visible: 2, ambiguous: 4 };
