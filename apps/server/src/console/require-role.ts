import { createMiddleware } from 'hono/factory';
import { forbidden } from '../errors.js';
import type { ConsoleEnv } from './console-env.js';
import type { ConsoleRole } from './console-types.js';

const RANK: Record<ConsoleRole, number> = { viewer: 0, editor: 1, owner: 2 };

/** Whether `role` is at least `minimum`. */
export const hasRole = (role: ConsoleRole, minimum: ConsoleRole) => RANK[role] >= RANK[minimum];

/** Lets the request through only when the signed-in user's role is at least `minimum` (403 otherwise). */
export function requireRole(minimum: ConsoleRole) {
  return createMiddleware<ConsoleEnv>(async function requireRole(c, next) {
    if (!hasRole(c.var.session.user.role, minimum)) {
      throw forbidden(`This needs the ${minimum} role; you are ${c.var.session.user.role}`);
    }
    await next();
  });
}
