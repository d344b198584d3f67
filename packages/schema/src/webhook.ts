/** The events a webhook endpoint can subscribe to (docs/webhooks.md describes each payload). */
export const WEBHOOK_EVENT_TYPES = ['guide.completed', 'checklist.completed', 'user.stuck'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Where a webhook delivery stands: not tried yet, failed and due again, delivered, or given up. */
export const DELIVERY_STATUSES = ['pending', 'retrying', 'succeeded', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

// The WHATWG URL parser every runtime has (this package is built without the DOM or Node types).
declare const URL: new (text: string) => { protocol: string; hostname: string; username: string; password: string };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether a webhook endpoint may have this URL: https anywhere, plain http only to this machine
 * (for trying webhooks out), never with a user or password. The server enforces it; the console
 * checks it first to say so in the viewer's language.
 */
export function isAllowedWebhookUrl(text: string): boolean {
  let url: InstanceType<typeof URL>;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname));
}
