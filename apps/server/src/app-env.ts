import type { Project } from './projects/projects.repo.js';

/** Hono environment of project-scoped routes: the auth middleware sets `project`; `clientIp` is set for the audit log. */
export interface ProjectEnv {
  Variables: { project: Project; clientIp: string | null };
}
