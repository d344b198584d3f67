import type { ApiMember } from './api-tokens/api-token-auth.js';
import type { Project } from './projects/projects.repo.js';

/**
 * Hono environment of project-scoped routes: the auth middleware sets `project` (and `apiMember`
 * when a personal API token is used); `clientIp` is set for the audit log.
 */
export interface ProjectEnv {
  Variables: { project: Project; clientIp: string | null; apiMember?: ApiMember };
}
