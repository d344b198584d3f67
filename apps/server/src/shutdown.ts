/**
 * Runs `stop` once on SIGINT/SIGTERM, then exits. A second signal, or a stop that takes longer
 * than `graceMs`, exits at once so Ctrl-C always works.
 */
export function onShutdown(stop: () => Promise<void>, graceMs = 5_000): void {
  let stopping = false;
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130);
    stopping = true;
    console.error(`Received ${signal}, shutting down...`);
    setTimeout(() => process.exit(1), graceMs).unref();
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
}
