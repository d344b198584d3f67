/** One reading of the server's resident memory. */
export interface MemorySample {
  /** Seconds since the soak started. */
  at: number;
  rssBytes: number;
}

/** What the readings say about memory over the soak. */
export interface MemoryTrend {
  startBytes: number;
  endBytes: number;
  maxBytes: number;
  /** Least-squares slope over the second half, in bytes per minute: growth that warm-up cannot explain. */
  lateSlopeBytesPerMinute: number;
}

/**
 * Start and end are medians of the first and last few readings, so one garbage-collection
 * moment does not decide the figure; the slope is fitted over the second half only, after caches
 * and pools have reached their working size.
 */
export function memoryTrend(samples: readonly MemorySample[], edge = 3): MemoryTrend {
  if (samples.length === 0) throw new Error('no memory samples');
  const rss = samples.map((s) => s.rssBytes);
  const late = samples.slice(Math.floor(samples.length / 2));
  return {
    startBytes: median(rss.slice(0, edge)),
    endBytes: median(rss.slice(-edge)),
    maxBytes: Math.max(...rss),
    lateSlopeBytesPerMinute: slope(late) * 60,
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Bytes per second fitted through the samples (0 for fewer than two). */
function slope(samples: readonly MemorySample[]): number {
  if (samples.length < 2) return 0;
  const meanAt = samples.reduce((sum, s) => sum + s.at, 0) / samples.length;
  const meanRss = samples.reduce((sum, s) => sum + s.rssBytes, 0) / samples.length;
  let covariance = 0;
  let variance = 0;
  for (const s of samples) {
    covariance += (s.at - meanAt) * (s.rssBytes - meanRss);
    variance += (s.at - meanAt) ** 2;
  }
  return variance === 0 ? 0 : covariance / variance;
}
