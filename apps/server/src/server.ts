import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import { createApp } from './app.js';
import { createIngestQueue } from './events/ingest-queue.js';
import type { RateLimit } from './http/rate-limit.js';
import type { SecurityConfig } from './config.js';
import { migrateToLatest, openDatabase, type Database } from './db/database.js';
import { createWebhookDispatcher, type DispatcherOptions } from './webhooks/dispatcher.js';

export interface ServerOptions {
  databaseUrl: string;
  /** SQLite: checkpoint the WAL from a worker thread (see EnvConfig.checkpointThread). */
  checkpointThread?: boolean;
  port: number;
  host: string;
  sdkDir?: string;
  consoleDir?: string;
  publicOrigin?: string;
  /** Event batches allowed per public key. */
  ingestRate?: RateLimit;
  trustProxy?: boolean;
  security?: SecurityConfig;
  /** An already open (and migrated) database to use instead of opening `databaseUrl`. */
  db?: Database;
  /** How the webhook dispatcher runs (tests shorten its pace), or false for none in this process. */
  webhooks?: Omit<DispatcherOptions, 'db'> | false;
}

/** A listening server; `close()` stops accepting, lets requests finish and queued event batches commit, then closes the database. */
export interface RunningServer {
  url: string;
  port: number;
  db: Database;
  close(): Promise<void>;
}

/** Opens and migrates the database, then listens. Rejects (nothing left open) on failure. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const ownsDb = !options.db;
  const db = options.db ?? openDatabase(options.databaseUrl, { backgroundCheckpoints: options.checkpointThread ?? false });
  try {
    if (ownsDb) await migrateToLatest(db);
    const ingestQueue = createIngestQueue(db);
    const app = createApp({
      db,
      ingestQueue,
      ...(options.sdkDir ? { sdkDir: options.sdkDir } : {}),
      ...(options.consoleDir ? { consoleDir: options.consoleDir } : {}),
      ...(options.publicOrigin ? { publicOrigin: options.publicOrigin } : {}),
      ...(options.ingestRate ? { ingestRate: options.ingestRate } : {}),
      ...(options.trustProxy ? { trustProxy: true } : {}),
      ...(options.security ? { security: options.security } : {}),
    });
    const server = createAdaptorServer({ fetch: app.fetch }) as Server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    const dispatcher = options.webhooks === false ? null : createWebhookDispatcher({ ...options.webhooks, db });
    dispatcher?.start();
    const port = (server.address() as AddressInfo).port;
    const host = options.host.includes(':') ? `[${options.host}]` : options.host;
    return {
      url: `http://${host}:${port}`,
      port,
      db,
      async close() {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Keep-alive sockets would hold close() open until they time out.
          server.closeIdleConnections();
        });
        // Batches already accepted for writing are committed (and answered) before the database closes.
        await ingestQueue.drain();
        await dispatcher?.stop();
        if (ownsDb) await db.destroy();
      },
    };
  } catch (error) {
    if (ownsDb) await db.destroy();
    throw error;
  }
}
