import { DELIVERY_STATUSES, isAllowedWebhookUrl, WEBHOOK_EVENT_TYPES, type DeliveryStatus, type WebhookEventType } from '@shirube/schema';
import * as v from 'valibot';

export { DELIVERY_STATUSES, WEBHOOK_EVENT_TYPES, type DeliveryStatus, type WebhookEventType };

const UrlSchema = v.pipe(
  v.string('must be a string'),
  v.trim(),
  v.maxLength(2_000, 'must be at most 2000 characters'),
  v.check(isAllowedWebhookUrl, 'must be an https:// URL (http:// only for localhost or 127.0.0.1), without user or password'),
);

const EventTypesSchema = v.pipe(
  v.array(v.picklist(WEBHOOK_EVENT_TYPES, `must hold only ${WEBHOOK_EVENT_TYPES.join(', ')}`), 'must be a list of event types'),
  v.minLength(1, 'must name at least one event type'),
  v.transform((types) => WEBHOOK_EVENT_TYPES.filter((type) => types.includes(type))),
);

/** A new endpoint: where, which events, and whether it starts on. */
export const WebhookEndpointInputSchema = v.object({
  url: UrlSchema,
  eventTypes: EventTypesSchema,
  enabled: v.optional(v.boolean('must be true or false'), true),
});
export type WebhookEndpointInput = v.InferInput<typeof WebhookEndpointInputSchema>;

/** A change to an endpoint; fields left out stay as they are. */
export const WebhookEndpointPatchSchema = v.object({
  url: v.optional(UrlSchema),
  eventTypes: v.optional(EventTypesSchema),
  enabled: v.optional(v.boolean('must be true or false')),
});
export type WebhookEndpointPatch = v.InferInput<typeof WebhookEndpointPatchSchema>;

/** An endpoint as the console shows it: never its secret, which is shown once. */
export interface WebhookEndpoint {
  id: string;
  url: string;
  eventTypes: WebhookEventType[];
  enabled: boolean;
  /** Why the server turned it off (`gone`: the receiver answered 410 Gone). */
  disabledReason: string | null;
  /** The secret's first characters, so people can tell which secret a receiver holds. */
  secretHint: string;
  createdAt: string;
  updatedAt: string;
  /** Deliveries by status over the last 24 hours. */
  recent: Record<DeliveryStatus, number>;
}

/** An endpoint just created or whose secret was rotated: the secret, this once. */
export interface WebhookEndpointWithSecret {
  endpoint: WebhookEndpoint;
  secret: string;
}

/** One row of an endpoint's delivery log. */
export interface WebhookDelivery {
  id: string;
  eventId: string;
  type: WebhookEventType | 'webhook.test';
  status: DeliveryStatus;
  attempts: number;
  createdAt: string;
  lastAttemptAt: string | null;
  lastStatus: number | null;
  lastDurationMs: number | null;
  lastError: string | null;
  /** When the next attempt is due (pending or retrying deliveries). */
  nextAttemptAt: string | null;
  /** The JSON body sent. */
  payload: string;
}

/** A page of an endpoint's delivery log, newest first. */
export interface WebhookDeliveryPage {
  deliveries: WebhookDelivery[];
  total: number;
}
