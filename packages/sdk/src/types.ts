import type { DeliveryPolicy } from '@shirube/core';
import type { EventType, ShirubeEvent } from '@shirube/schema';
import type { BuilderMount } from './builder-link.js';
import type { KeyValueStore } from './storage.js';
import type { GuideUi } from './ui/index.js';

/** What `init` takes. */
export interface ShirubeOptions {
  /** The project's public key, `pk_…`. */
  projectKey: string;
  /** The Shirube server, e.g. `https://guides.example.com`. */
  apiUrl: string;
  /** Log what the SDK catches to the console. */
  debug?: boolean;
  /** How long a tooltip waits for its element before giving up. Default 5000 ms. */
  targetTimeoutMs?: number;
}

/** User traits for `identify`; `accountId` and `account` describe the user's company; `locale` (a language tag such as `ja-JP`) picks the language guides show in, over the page's `lang`. */
export type Traits = Record<string, string | number | boolean | null | undefined | Record<string, string | number | boolean | null>> & {
  accountId?: string;
  account?: Record<string, string | number | boolean | null>;
};

/** The public API, `window.Shirube`. No method throws or rejects. */
export interface ShirubeHandle {
  init(options: ShirubeOptions): Promise<void>;
  identify(userId: string, traits?: Traits): void;
  track(name: string, props?: Record<string, string | number | boolean | null>): void;
  /** Starts (or restarts) a published guide now; resolves false when there is no such guide. */
  start(guideId: string): Promise<boolean>;
  /** Sign-out: a new anonymous id, identity and progress forgotten, UI hidden. */
  reset(): void;
  on<T extends EventType>(type: T, handler: (event: Extract<ShirubeEvent, { type: T }>) => void): () => void;
  /** @internal How the in-app builder bundle, loaded for a builder link, starts; not for pages. */
  _builder(mount: BuilderMount): void;
  /** Sends every queued event now. */
  flush(): Promise<void>;
  /** Removes every node, listener, observer and timer the SDK added. */
  destroy(): void;
}

/** Seams for tests and unusual hosts; the defaults are the browser's. */
export interface ShirubeEnvironment {
  window?: Window;
  fetch?: typeof fetch;
  store?: KeyValueStore;
  sendBeacon?: (url: string, data: Blob) => boolean;
  now?: () => number;
  random?: () => number;
  /** @internal How the event queue batches and retries (tests shorten it). */
  deliveryPolicy?: DeliveryPolicy;
  flushDebounceMs?: number;
  /** Web Locks for the event queue (default `navigator.locks`); null runs as in a browser without them. */
  locks?: LockManager | null;
  /** The CSP nonce for scripts the SDK adds (the builder), when the page has a nonce-based policy. */
  nonce?: string;
  /** @internal Loads the guide UI when something is first shown (default: a separate chunk, src/ui-loader.ts). */
  loadUi?: () => Promise<GuideUi>;
}

/** A call the loader snippet's stand-in queued: the method, its arguments, and what receives its answer. */
export type QueuedCall = [method: string, args: ArrayLike<unknown>, settle: (result: unknown) => void];

/** `window.Shirube` as the script tag installs it: the UI bundle hands itself over through `_ui`. */
export type ScriptTagHandle = ShirubeHandle & {
  /** @internal How `shirube-ui.<hash>.js` reaches the SDK that added it; not for pages. */
  _ui?: (ui: GuideUi) => void;
  /** @internal Set only on the loader snippet's stand-in: the calls made before the SDK loaded (src/snippet/stub.ts). */
  _q?: QueuedCall[];
};

declare global {
  interface Window {
    Shirube?: ScriptTagHandle;
  }
}
