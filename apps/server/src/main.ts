import { readEnv } from './config.js';
import { startServer } from './server.js';
import { onShutdown } from './shutdown.js';

// Entry point of `pnpm start`: migrate, listen, and stop cleanly on Ctrl-C / SIGTERM.
try {
  const config = readEnv();
  const server = await startServer(config);
  console.log(`Shirube server listening on ${server.url}`);
  onShutdown(() => server.close());
} catch (error) {
  console.error(`Shirube server failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
