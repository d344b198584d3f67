import * as v from 'valibot';
import { MIN_PASSWORD_LENGTH } from '../auth/passwords.js';

/** Request bodies of the console API; each schema is also the body's type. */

export const RoleSchema = v.picklist(['owner', 'editor', 'viewer'] as const, 'must be owner, editor or viewer');

export const EmailSchema = v.pipe(
  v.string('must be an email address'),
  v.trim(),
  v.toLowerCase(),
  v.maxLength(254, 'must be at most 254 characters'),
  v.email('must be an email address'),
);

export const NameSchema = v.pipe(v.string('must be a string'), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(200, 'must be at most 200 characters'));

export const PasswordSchema = v.pipe(
  v.string('must be a string'),
  v.minLength(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`),
  v.maxLength(1024, 'must be at most 1024 characters'),
);

export const SetupSchema = v.object({ email: EmailSchema, name: NameSchema, password: PasswordSchema });

// Sign-in checks only the shapes: a too-short password is simply wrong, not a 400 that leaks policy.
export const SignInSchema = v.object({
  email: v.pipe(v.string('must be a string'), v.maxLength(254)),
  password: v.pipe(v.string('must be a string'), v.maxLength(1024)),
});

export const NewMemberSchema = v.object({ email: EmailSchema, name: NameSchema, role: RoleSchema });
export const MemberPatchSchema = v.object({ role: RoleSchema });
