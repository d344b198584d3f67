import type { EventBatch } from '@shirube/schema';

/** What the network answered: HTTP status (0 when the request never got one) and Retry-After. */
export interface SendResult {
  status: number;
  retryAfter: string | null;
}

export interface Transport {
  /** Posts a batch with fetch; never rejects. */
  send(batch: EventBatch): Promise<SendResult>;
  /** Hands a batch to `navigator.sendBeacon` for a page that is going away; false when refused. */
  beacon(batch: EventBatch): boolean;
}

export interface TransportOptions {
  apiUrl: string;
  projectKey: string;
  fetch: typeof fetch;
  sendBeacon?: ((url: string, data: Blob) => boolean) | undefined;
}

/** Browsers refuse keepalive requests whose bodies together pass 64 KiB; stay under it. */
const KEEPALIVE_LIMIT = 60_000;

/** The events endpoint for a project. */
export function eventsUrl(apiUrl: string, projectKey: string): string {
  return `${apiUrl.replace(/\/+$/, '')}/sdk/v1/events?key=${encodeURIComponent(projectKey)}`;
}

/**
 * Posts batches as `text/plain` JSON: a CORS simple request (no preflight) that sendBeacon can
 * also carry, see docs/decisions/0002.
 */
export function createTransport(options: TransportOptions): Transport {
  const url = eventsUrl(options.apiUrl, options.projectKey);
  return {
    async send(batch) {
      const body = JSON.stringify(batch);
      try {
        const response = await options.fetch(url, {
          method: 'POST',
          headers: { 'Content-Type': 'text/plain' },
          body,
          keepalive: body.length < KEEPALIVE_LIMIT,
          credentials: 'omit',
        });
        return { status: response.status, retryAfter: response.headers.get('Retry-After') };
      } catch {
        return { status: 0, retryAfter: null };
      }
    },
    beacon(batch) {
      if (!options.sendBeacon) return false;
      try {
        return options.sendBeacon(url, new Blob([JSON.stringify(batch)], { type: 'text/plain' }));
      } catch {
        return false;
      }
    },
  };
}
