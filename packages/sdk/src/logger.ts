/** Where the SDK reports what it caught. Silent unless the page asked for `debug`. */
export interface Logger {
  debug(...args: unknown[]): void;
  warn(...args: unknown[]): void;
}

/** A logger that writes to the console only when `enabled`; `sink` is for tests. */
export function createLogger(enabled: boolean, sink: Pick<Console, 'debug' | 'warn'> = console): Logger {
  return {
    debug: (...args) => {
      if (enabled) sink.debug('[shirube]', ...args);
    },
    warn: (...args) => {
      if (enabled) sink.warn('[shirube]', ...args);
    },
  };
}
