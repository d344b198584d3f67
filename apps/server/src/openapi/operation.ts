import type { MiddlewareHandler } from 'hono';
import type * as v from 'valibot';
import type { ConsoleRole } from '../console/console-types.js';
import { hasRole } from '../console/require-role.js';
import { forbidden } from '../errors.js';
import { jsonBody } from '../http/json-body.js';
import type { ApiMember } from '../api-tokens/api-token-auth.js';

/** A query-string parameter as the reference shows it; the handler parses it (analytics-query.ts). */
export interface QueryParameter {
  name: string;
  type: 'string' | 'integer' | 'number';
  description: string;
  required?: boolean;
  enum?: readonly string[];
  example?: string;
}

/** What one admin API operation does, declared where the route is. */
export interface OperationSpec<S extends v.GenericSchema | undefined = v.GenericSchema | undefined> {
  summary: string;
  description?: string;
  /** The weakest console role whose API token may call it; defaults to viewer for GET, editor otherwise. */
  role?: ConsoleRole;
  /** Descriptions of the path's `:params`. */
  params?: Record<string, string>;
  query?: readonly QueryParameter[];
  /** The JSON body: validated here (a 400 naming the field), then `c.req.valid('json')`. */
  body?: S;
  /** A body the reference shows in its curl example and tests send. */
  example?: unknown;
  /** The success answer; `schema` absent means no body (204) or a shape described in words. */
  response: { status: number; description: string; schema?: v.GenericSchema };
  /** The error statuses worth listing beyond 401/403 (auth) and 400 (bodies), e.g. 404. */
  errors?: readonly number[];
  /** Anyone may call it (no credentials). */
  public?: boolean;
}

/** A documented operation: its tag and spec. */
export interface Operation {
  tag: string;
  spec: OperationSpec;
}

const operations = new WeakMap<Function, Operation>();

/** The operation a route handler documents, if it is one `operation()` made. */
export const operationOf = (handler: Function): Operation | undefined => operations.get(handler);

/** The role an operation needs from a token's member. */
export const requiredRole = (method: string, spec: OperationSpec): ConsoleRole => spec.role ?? (method === 'GET' ? 'viewer' : 'editor');

type BodyTypes<S> = S extends v.GenericSchema ? { in: { json: v.InferInput<S> }; out: { json: v.InferOutput<S> } } : {};

/**
 * Route middleware that documents an admin API operation for the OpenAPI document (openapi-document.ts
 * reads it back from the registered routes, so no route list is kept by hand), validates its JSON
 * body with the same schema the document shows, and holds a personal API token to its member's role
 * (the secret key and console sessions are checked elsewhere).
 */
export function operation(tag: string) {
  return function describe<S extends v.GenericSchema | undefined = undefined>(
    spec: OperationSpec<S>,
  ): MiddlewareHandler<any, string, BodyTypes<S>> {
    const validate = spec.body ? jsonBody(spec.body) : null;
    const handler: MiddlewareHandler = async function operation(c, next) {
      const member = c.get('apiMember') as ApiMember | undefined;
      if (member) {
        const needed = requiredRole(c.req.method, spec);
        if (!hasRole(member.role, needed)) throw forbidden(`This needs the ${needed} role; the token's member is ${member.role}`);
      }
      if (validate) return validate(c, next);
      await next();
    };
    operations.set(handler, { tag, spec });
    return handler as MiddlewareHandler<any, string, BodyTypes<S>>;
  };
}
