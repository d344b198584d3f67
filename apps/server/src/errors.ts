import type { ApiErrorBody } from '@shirube/schema';
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The error codes clients can branch on. */
export type ErrorCode =
  | 'invalid_json'
  | 'invalid_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'payload_too_large'
  | 'rate_limited'
  | 'sdk_not_built'
  | 'unauthenticated'
  | 'invalid_credentials'
  | 'csrf'
  | 'already_set_up'
  | 'email_taken'
  | 'last_owner'
  | 'invalid_token'
  | 'segment_in_use'
  | 'too_many_attempts'
  | 'check_running'
  | 'internal';

/** An HTTP error with a stable code; `app.onError` turns it into `{ error: { code, message } }`. */
export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(status, { message });
    this.name = 'ApiError';
  }
}

export const badRequest = (message: string) => new ApiError(400, 'invalid_request', message);
export const notFound = (message = 'Not found') => new ApiError(404, 'not_found', message);
export const forbidden = (message: string) => new ApiError(403, 'forbidden', message);

const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  400: 'invalid_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  429: 'rate_limited',
};

function errorResponse(c: Context, status: ContentfulStatusCode, code: string, message: string) {
  const body: ApiErrorBody = { error: { code, message } };
  return c.json(body, status);
}

/** Maps every thrown error to the JSON error body; unknown errors become a 500 that leaks nothing. */
export const handleError: ErrorHandler = (err, c) => {
  if (err instanceof ApiError) return errorResponse(c, err.status, err.code, err.message);
  if (err instanceof HTTPException) {
    // Raised by Hono itself or its middleware: keep the status, give it our shape.
    const status = err.status as ContentfulStatusCode;
    return errorResponse(c, status, CODE_BY_STATUS[status] ?? 'internal', err.message || 'Request failed');
  }
  console.error(`[shirube] ${c.req.method} ${c.req.path} failed:`, err);
  return errorResponse(c, 500, 'internal', 'Internal server error');
};

/** Unknown routes answer JSON like every other error. */
export const handleNotFound: NotFoundHandler = (c) =>
  errorResponse(c, 404, 'not_found', `No route for ${c.req.method} ${c.req.path}`);
