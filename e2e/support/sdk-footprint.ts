import type { BrowserContext, Page } from 'playwright-core';

/** What the SDK's own code holds on the page right now: listeners, observers and timers it started and did not end. */
export interface Footprint {
  listeners: string[];
  observers: string[];
  timers: string[];
}

/**
 * Wraps add/removeEventListener, the three observers, and every timer kind before any page script
 * runs, and remembers those started from a Shirube file (told by the call's stack: `/sdk/shirube*.js`
 * or `/sdk/builder.js`) until they are removed, disconnected, cleared or have fired. The record is
 * kept in a non-enumerable property, so it adds no global of its own.
 */
export async function trackSdkFootprint(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const fromSdk = () => /\/sdk\/(shirube[^/]*|builder)\.js/.test(new Error().stack ?? '');
    const listeners = new Map<string, number>();
    const observers = new Set<object>();
    const timers = new Map<number, string>();
    const frames = new Map<number, string>();
    const names = new WeakMap<object, string>();
    let nextName = 0;
    const nameOf = (thing: object) => {
      if (!names.has(thing)) names.set(thing, `#${nextName++}`);
      return names.get(thing)!;
    };
    const where = (target: EventTarget) => (target === window ? 'window' : target === document ? 'document' : target instanceof Element ? target.nodeName.toLowerCase() : 'other');
    const keyOf = (target: EventTarget, type: string, fn: unknown, options: unknown) =>
      `${where(target)}:${type}:${nameOf(target)}:${typeof fn === 'object' || typeof fn === 'function' ? nameOf(fn as object) : ''}:${typeof options === 'boolean' ? options : !!(options as { capture?: boolean } | undefined)?.capture}`;

    const proto = EventTarget.prototype;
    const add = proto.addEventListener;
    const remove = proto.removeEventListener;
    proto.addEventListener = function (this: EventTarget, type: string, fn: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      // Listeners on our own shadow-DOM nodes go away with them; the page-level ones are what can leak.
      const pageLevel = this === window || this === document || this === document.documentElement || this === document.body;
      if (fn && pageLevel && fromSdk()) {
        const key = keyOf(this, type, fn, options);
        if (!listeners.has(key)) listeners.set(key, 1);
      }
      return add.call(this, type, fn, options);
    };
    proto.removeEventListener = function (this: EventTarget, type: string, fn: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
      if (fn) listeners.delete(keyOf(this, type, fn, options));
      return remove.call(this, type, fn, options);
    };

    for (const name of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver'] as const) {
      const Original = window[name] as unknown as { prototype: { observe: (...args: unknown[]) => void; disconnect: () => void } };
      const observe = Original.prototype.observe;
      const disconnect = Original.prototype.disconnect;
      Original.prototype.observe = function (this: object, ...args: unknown[]) {
        if (fromSdk()) {
          names.set(this, `${name} ${nameOf(this)}`);
          observers.add(this);
        }
        return observe.apply(this, args);
      };
      Original.prototype.disconnect = function (this: object) {
        observers.delete(this);
        return disconnect.call(this);
      };
    }

    const label = (kind: string) => `${kind} ${(new Error().stack ?? '').split('\n').slice(2, 4).join(' | ').trim()}`;
    const realSetTimeout = window.setTimeout;
    const realClearTimeout = window.clearTimeout;
    const realSetInterval = window.setInterval;
    const realClearInterval = window.clearInterval;
    const realRaf = window.requestAnimationFrame;
    const realCancelRaf = window.cancelAnimationFrame;
    window.setTimeout = function (handler: TimerHandler, delay?: number, ...args: unknown[]) {
      const tracked = fromSdk();
      const id: number = realSetTimeout(
        (...inner: unknown[]) => {
          timers.delete(id);
          if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...inner);
        },
        delay,
        ...args,
      );
      if (tracked) timers.set(id, label(`setTimeout(${delay ?? 0})`));
      return id;
    } as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined) timers.delete(id);
      realClearTimeout(id);
    }) as typeof window.clearTimeout;
    window.setInterval = function (handler: TimerHandler, delay?: number, ...args: unknown[]) {
      const id = realSetInterval(handler, delay, ...args);
      if (fromSdk()) timers.set(id, label(`setInterval(${delay ?? 0})`));
      return id;
    } as typeof window.setInterval;
    window.clearInterval = ((id?: number) => {
      if (id !== undefined) timers.delete(id);
      realClearInterval(id);
    }) as typeof window.clearInterval;
    window.requestAnimationFrame = (callback: FrameRequestCallback) => {
      const tracked = fromSdk();
      const id = realRaf((time) => {
        frames.delete(id);
        callback(time);
      });
      if (tracked) frames.set(id, label('requestAnimationFrame'));
      return id;
    };
    window.cancelAnimationFrame = (id: number) => {
      frames.delete(id);
      realCancelRaf(id);
    };

    Object.defineProperty(window, '__sdkFootprint', {
      enumerable: false,
      value: () => ({
        listeners: [...listeners.keys()],
        observers: [...observers].map((o) => names.get(o) ?? 'observer'),
        timers: [...timers.values(), ...frames.values()],
      }),
    });
  });
}

/** What the SDK holds on the page now (see `trackSdkFootprint`). */
export function sdkFootprint(page: Page): Promise<Footprint> {
  return page.evaluate(() => (window as unknown as { __sdkFootprint(): Footprint }).__sdkFootprint());
}
