/** The part of the Shirube SDK's global that the demo app uses; every method may be missing. */
interface ShirubeGlobal {
  identify?(userId: string, traits?: Record<string, unknown>): unknown;
  track?(name: string, props?: Record<string, unknown>): unknown;
  reset?(): unknown;
  flush?(): Promise<void>;
}

interface Window {
  Shirube?: ShirubeGlobal;
}
