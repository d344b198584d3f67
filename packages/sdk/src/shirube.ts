import type { ShirubeEvent } from '@shirube/schema';
import { guard, guardAsync } from './guard.js';
import { createLogger, type Logger } from './logger.js';
import { createRuntime, type Runtime } from './runtime.js';
import type { ShirubeEnvironment, ShirubeHandle, ShirubeOptions } from './types.js';

type Handler = (event: ShirubeEvent) => void;

function checkOptions(options: ShirubeOptions): void {
  if (typeof options !== 'object' || options === null) throw new TypeError('init needs options');
  if (typeof options.projectKey !== 'string' || options.projectKey.length === 0) throw new TypeError('init needs a projectKey');
  if (typeof options.apiUrl !== 'string' || options.apiUrl.length === 0) throw new TypeError('init needs an apiUrl');
}

/**
 * The public handle before and after `init`. Every method is guarded: bad arguments, calls before
 * init and internal failures are logged (when `debug`) and never reach the host page.
 */
export function createShirubeHandle(env: ShirubeEnvironment = {}): ShirubeHandle {
  let logger: Logger = createLogger(false);
  const log = () => logger;
  const handlers = new Map<string, Set<Handler>>();
  let runtime: Runtime | null = null;
  let destroyed = false;

  const emit = (event: ShirubeEvent) => {
    for (const handler of handlers.get(event.type) ?? []) {
      try {
        handler(event);
      } catch (error) {
        logger.warn(`an "${event.type}" handler threw`, error);
      }
    }
  };

  const running = (): Runtime => {
    if (!runtime || destroyed) throw new Error(destroyed ? 'Shirube was destroyed' : 'call Shirube.init first');
    return runtime;
  };

  return {
    init: guardAsync(
      log,
      'init',
      async (options: ShirubeOptions) => {
        if (destroyed) throw new Error('Shirube was destroyed');
        if (runtime) {
          logger.warn('init called twice; ignoring the second call');
          return runtime.ready;
        }
        checkOptions(options);
        logger = createLogger(options.debug === true);
        runtime = createRuntime(options, env, logger, emit);
        return runtime.ready;
      },
      undefined,
    ),
    identify: guard(log, 'identify', (userId, traits) => running().identify(userId, traits), undefined),
    track: guard(log, 'track', (name, props) => running().track(name, props), undefined),
    start: guardAsync(log, 'start', async (guideId: string) => running().start(guideId), false),
    reset: guard(log, 'reset', () => running().reset(), undefined),
    on: guard(
      log,
      'on',
      (type, handler) => {
        if (typeof type !== 'string' || typeof handler !== 'function') throw new TypeError('on needs an event type and a function');
        let set = handlers.get(type);
        if (!set) handlers.set(type, (set = new Set()));
        const wrapped = handler as Handler;
        set.add(wrapped);
        return () => void set.delete(wrapped);
      },
      () => undefined,
    ),
    _builder: guard(log, 'builder', (mount) => running().builder(mount), undefined),
    flush: guardAsync(log, 'flush', async () => running().flush(), undefined),
    destroy: guard(
      log,
      'destroy',
      () => {
        destroyed = true;
        handlers.clear();
        runtime?.destroy();
      },
      undefined,
    ),
  };
}

/** Creates and initialises an SDK instance: the entry point for apps that bundle Shirube. */
export function createShirube(options: ShirubeOptions, env: ShirubeEnvironment = {}): ShirubeHandle {
  const handle = createShirubeHandle(env);
  void handle.init(options);
  return handle;
}
