import type { Project } from '../projects/projects.repo.js';
import type { SessionRecord } from '../users/sessions.repo.js';

/** Hono environment of signed-in console routes: `sessionAuth` sets `session`. */
export interface ConsoleEnv {
  Variables: { session: SessionRecord; clientIp: string | null };
}

/** Console routes under `/projects/:projectId`: `consoleProject` also sets `project`. */
export interface ConsoleProjectEnv {
  Variables: { session: SessionRecord; project: Project; clientIp: string | null };
}
