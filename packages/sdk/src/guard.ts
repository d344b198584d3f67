import type { Logger } from './logger.js';

/** Wraps a public method so a throw inside it is logged and answered with `fallback`, never rethrown. */
export function guard<A extends unknown[], R>(logger: () => Logger, name: string, fn: (...args: A) => R, fallback: R): (...args: A) => R {
  return (...args: A): R => {
    try {
      return fn(...args);
    } catch (error) {
      logger().warn(`${name} failed`, error);
      return fallback;
    }
  };
}

/** Like `guard` for async methods: the returned promise always resolves, with `fallback` on failure. */
export function guardAsync<A extends unknown[], R>(
  logger: () => Logger,
  name: string,
  fn: (...args: A) => Promise<R>,
  fallback: R,
): (...args: A) => Promise<R> {
  return (...args: A): Promise<R> => {
    const fail = (error: unknown): R => {
      logger().warn(`${name} failed`, error);
      return fallback;
    };
    try {
      return fn(...args).catch(fail);
    } catch (error) {
      return Promise.resolve(fail(error));
    }
  };
}

/** Runs a fire-and-forget promise, logging instead of leaving an unhandled rejection. */
export function background(logger: Logger, what: string, promise: Promise<unknown>): void {
  promise.catch((error: unknown) => logger.warn(`${what} failed`, error));
}

/** Runs a callback that fires from the page's own events (clicks, keys, timers), logging what it throws: a bug here must not surface there. */
export function safely(logger: Logger, what: string, fn: () => void): void {
  try {
    fn();
  } catch (error) {
    logger.warn(`${what} failed`, error);
  }
}
