import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import SQLite from 'better-sqlite3';
import { Hono } from 'hono';
import { migrateToLatest, openDatabase } from '../../apps/server/src/db/database.js';
import { configureSqlite } from '../../apps/server/src/db/sqlite-settings.js';
import { toEventRow } from '../../apps/server/src/events/event-row.js';
import { createProject } from '../../apps/server/src/projects/projects.repo.js';
import type { ShirubeEvent } from '@shirube/schema';

/** A listening baseline endpoint and how to stop it. */
export interface BareEndpoint {
  url: string;
  close(): Promise<void>;
}

const COLUMNS = ['project_id', 'id', 'type', 'guide_id', 'guide_version', 'step_id', 'step_index', 'user_key', 'anonymous_id', 'user_id', 'account_id', 'client_ts', 'server_ts', 'received_at', 'path', 'data'] as const;

/**
 * The floor ingestion is compared with: a bare Hono endpoint on its own migrated database (the
 * same `events` table and SQLite settings, one project) that parses the batch and inserts its raw rows with one
 * prepared statement in one transaction: no key lookup, validation, dedupe or analytics tables.
 */
export async function startBareEndpoint(databaseFile: string): Promise<BareEndpoint> {
  const migrating = openDatabase(databaseFile);
  await migrateToLatest(migrating);
  // The events table's project_id references a project.
  const { project } = await createProject(migrating, 'Bare insert');
  await migrating.destroy();
  const sqlite = new SQLite(databaseFile);
  configureSqlite(sqlite);
  const insert = sqlite.prepare(`insert into events (${COLUMNS.join(', ')}) values (${COLUMNS.map((c) => `@${c}`).join(', ')})`);
  const insertAll = sqlite.transaction((rows: object[]) => {
    for (const row of rows) insert.run(row);
  });
  const projectId = project.id;

  const app = new Hono().post('/sdk/v1/events', async (c) => {
    const receivedAt = Date.now();
    const batch = JSON.parse(await c.req.text()) as { sentAt: number; events: ShirubeEvent[] };
    insertAll(batch.events.map((event) => toEventRow(projectId, event, batch.sentAt, receivedAt)));
    return c.json({ accepted: batch.events.length, duplicates: 0 }, 202);
  });
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sdk/v1/events?key=bare`,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      sqlite.close();
    },
  };
}
