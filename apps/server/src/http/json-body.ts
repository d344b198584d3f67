import { parseWith } from '@shirube/schema';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type * as v from 'valibot';
import { ApiError, badRequest } from '../errors.js';

/** Rejects bodies over `maxBytes` with 413 before they are read into memory. */
export function limitBody(maxBytes: number) {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiError(413, 'payload_too_large', `Request body must be at most ${maxBytes} bytes`);
    },
  });
}

/**
 * Parses the raw body as JSON whatever its Content-Type (the SDK sends `text/plain`, see
 * docs/decisions/0002), without validating it.
 */
export async function readJson(c: Context): Promise<unknown> {
  return parseJson(await c.req.text());
}

/** Parses a request body read as text; a 400 when it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid_json', text.trim() === '' ? 'Request body must be JSON (got an empty body)' : 'Request body is not valid JSON');
  }
}

/** Validates parsed JSON; the 400 names the offending field. */
export function validBody<S extends v.GenericSchema>(schema: S, json: unknown): v.InferOutput<S> {
  const result = parseWith(schema, json);
  if (!result.ok) throw badRequest(result.message);
  return result.value;
}

/** `readJson` then `validBody`. */
export async function readBody<S extends v.GenericSchema>(c: Context, schema: S): Promise<v.InferOutput<S>> {
  return validBody(schema, await readJson(c));
}

/**
 * `readBody` as route middleware: the parsed body is `c.req.valid('json')`, and the schema's input
 * type reaches typed clients (`hc`) as the route's `json` argument.
 */
export function jsonBody<S extends v.GenericSchema>(
  schema: S,
): MiddlewareHandler<any, string, { in: { json: v.InferInput<S> }; out: { json: v.InferOutput<S> } }> {
  return async function jsonBody(c, next) {
    c.req.addValidatedData('json', (await readBody(c, schema)) as {});
    await next();
  };
}
