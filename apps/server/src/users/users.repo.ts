import { uuidv7 } from '@shirube/schema';
import type { Database } from '../db/database.js';
import type { UserRole, UsersTable } from '../db/schema.js';
import type { ConsoleMember, ConsoleUser } from '../console/console-types.js';

/** A user row with what the server needs for sign-in. */
export interface UserRecord extends ConsoleUser {
  passwordHash: string;
  createdAt: number;
}

const columns = ['id', 'email', 'name', 'role', 'password_hash', 'created_at'] as const;

function toUser(row: Pick<UsersTable, (typeof columns)[number]>): UserRecord {
  return { id: row.id, email: row.email, name: row.name, role: row.role, passwordHash: row.password_hash, createdAt: Number(row.created_at) };
}

/** The public part of a user: never the password hash. */
export function toConsoleUser(user: UserRecord): ConsoleUser {
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export function toMember(user: UserRecord): ConsoleMember {
  return { ...toConsoleUser(user), createdAt: new Date(user.createdAt).toISOString() };
}

/** Emails compare case-insensitively, so they are stored lowercased. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** Inserts a user; the caller checks the email is free (the unique index is the last line). */
export async function insertUser(
  db: Database,
  input: { email: string; name: string; role: UserRole; passwordHash: string },
  now = Date.now(),
): Promise<UserRecord> {
  const row = { id: uuidv7(now), email: normaliseEmail(input.email), name: input.name, role: input.role, password_hash: input.passwordHash, created_at: now };
  await db.insertInto('users').values(row).execute();
  return toUser(row);
}

export async function findUserByEmail(db: Database, email: string): Promise<UserRecord | null> {
  const row = await db.selectFrom('users').select(columns).where('email', '=', normaliseEmail(email)).executeTakeFirst();
  return row ? toUser(row) : null;
}

export async function findUserById(db: Database, id: string): Promise<UserRecord | null> {
  const row = await db.selectFrom('users').select(columns).where('id', '=', id).executeTakeFirst();
  return row ? toUser(row) : null;
}

/** Every user, oldest first. */
export async function listUsers(db: Database): Promise<UserRecord[]> {
  const rows = await db.selectFrom('users').select(columns).orderBy('created_at').orderBy('id').execute();
  return rows.map(toUser);
}

export async function countUsers(db: Database, role?: UserRole): Promise<number> {
  let query = db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n'));
  if (role) query = query.where('role', '=', role);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

export async function setUserRole(db: Database, id: string, role: UserRole): Promise<void> {
  await db.updateTable('users').set({ role }).where('id', '=', id).execute();
}

/**
 * Deletes a user and ends their console and builder sessions. The foreign keys cascade too; the
 * explicit deletes keep that true on a connection that has foreign keys off.
 */
export async function deleteUser(db: Database, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', id).execute();
  await db.deleteFrom('builder_tokens').where('user_id', '=', id).execute();
  await db.deleteFrom('users').where('id', '=', id).execute();
}
