import type { Project } from './projects/projects.repo.js';

/** Hono environment of project-scoped routes: the auth middleware sets `project`. */
export interface ProjectEnv {
  Variables: { project: Project };
}
