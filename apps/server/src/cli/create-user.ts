import { parseWith } from '@shirube/schema';
import * as v from 'valibot';
import { randomBase62 } from '../auth/keys.js';
import { hashPassword } from '../auth/passwords.js';
import { EmailSchema, NameSchema, PasswordSchema, RoleSchema } from '../console/console-schemas.js';
import { memberObject, recordAudit, systemActor } from '../audit/audit-log.repo.js';
import type { Database } from '../db/database.js';
import { findUserByEmail, insertUser } from '../users/users.repo.js';

const NewUserSchema = v.object({
  email: v.pipe(v.optional(v.string(), ''), v.minLength(1, 'needs --email <email>'), EmailSchema),
  name: v.pipe(v.optional(v.string(), ''), v.trim(), v.minLength(1, 'needs --name <name>'), NameSchema),
  role: v.pipe(v.optional(v.string(), ''), v.minLength(1, 'needs --role <owner|editor|viewer>'), RoleSchema),
  password: v.optional(PasswordSchema),
});

/** The `create-user` options, validated; messages name the flag. */
export function parseNewUser(values: Record<string, unknown>) {
  return parseWith(NewUserSchema, { email: values.email, name: values.name, role: values.role, password: values.password });
}

/** Creates a console user; a generated password is returned (and so printed) once. */
export async function createUserCommand(db: Database, input: v.InferOutput<typeof NewUserSchema>) {
  const password = input.password ?? randomBase62(16);
  const passwordHash = await hashPassword(password);
  // Recorded like an invitation from the console: whoever has the server's shell added a member.
  const user = await db.transaction().execute(async (trx) => {
    if (await findUserByEmail(trx, input.email)) throw new Error(`a user with email ${input.email} already exists`);
    const created = await insertUser(trx, { email: input.email, name: input.name, role: input.role, passwordHash });
    await recordAudit(trx, { projectId: null, actor: systemActor('command line'), action: 'member.invited', object: memberObject(created), detail: { role: created.role } });
    return created;
  });
  return { userId: user.id, email: user.email, name: user.name, role: user.role, ...(input.password ? {} : { password }) };
}
