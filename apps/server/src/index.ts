/** The server's public API: build the app, open and migrate a database, run it, seed it. */
export { createApp, type AppOptions } from './app.js';
export { openDatabase, migrateToLatest, type Database } from './db/database.js';
export { parseDatabaseUrl, type DatabaseLocation } from './db/database-url.js';
export type { DB } from './db/schema.js';
export { startServer, type RunningServer, type ServerOptions } from './server.js';
export { createProject, type CreatedProject, type Project } from './projects/projects.repo.js';
export { seedDemo, type DemoSeed } from './seed/demo-seed.js';
// The types browser code needs (console, builder), also importable alone from `@shirube/server/types`.
export type * from './types.js';
