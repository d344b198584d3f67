/**
 * Time-on-step histograms with log-scale buckets: eight per doubling, so a bucket's middle is
 * within ±4.4% of every duration in it, whether the step took 2 seconds or 2 hours. Counters per
 * bucket make p50/p90 a read of a few rows instead of a sort over every user.
 */
export const BUCKETS_PER_DOUBLING = 8;

/** The bucket a duration (milliseconds) falls in; durations under 1 ms share bucket 0. */
export function bucketOf(durationMs: number): number {
  return Math.floor(Math.log2(Math.max(durationMs, 1)) * BUCKETS_PER_DOUBLING);
}

/** The geometric middle of a bucket, in milliseconds. */
export function bucketMiddle(bucket: number): number {
  return Math.round(2 ** ((bucket + 0.5) / BUCKETS_PER_DOUBLING));
}

/** Completions slower than this happened on a later visit, not while the user looked at the step. */
export const SITTING_MS = 3_600_000;

/** One bucket's count. */
export interface BucketCount {
  bucket: number;
  users: number;
}

/**
 * The p-quantile (0 < p ≤ 1) of the durations a histogram counts: the middle of the bucket holding
 * the ceil(p × n)-th smallest duration (nearest-rank), or null when it counts nothing.
 */
export function quantileOf(buckets: readonly BucketCount[], p: number): number | null {
  const sorted = buckets.filter((b) => b.users > 0).sort((a, b) => a.bucket - b.bucket);
  const total = sorted.reduce((sum, b) => sum + b.users, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(p * total));
  let seen = 0;
  for (const { bucket, users } of sorted) {
    seen += users;
    if (seen >= rank) return bucketMiddle(bucket);
  }
  return bucketMiddle(sorted[sorted.length - 1]!.bucket);
}

/** Splits a histogram into completions within one sitting and those on a later visit. */
export function splitBySitting(buckets: readonly BucketCount[]): { sitting: BucketCount[]; later: number } {
  const limit = bucketOf(SITTING_MS);
  return {
    sitting: buckets.filter((b) => b.bucket < limit),
    later: buckets.filter((b) => b.bucket >= limit).reduce((sum, b) => sum + b.users, 0),
  };
}
