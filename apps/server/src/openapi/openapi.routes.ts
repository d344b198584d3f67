import { Hono } from 'hono';
import { securityHeaders } from '../console/security-headers.js';
import { ifNoneMatchHits, strongEtag } from '../http/etag.js';
import type { OriginOf } from '../http/own-origin.js';
import { DOCS_PAGE_CSP, renderDocsPage } from './docs-page.js';
import type { OpenApiDocument } from './openapi-document.js';
import { operation } from './operation.js';

/** Both answers are the same for everyone until the server is upgraded; caches may keep them briefly. */
const CACHE = 'public, max-age=300';

/** A text answer with an ETag, or 304 when the client has it. */
function cached(header: string | undefined, body: string, type: string) {
  const etag = strongEtag(body);
  const headers = { 'Content-Type': type, 'Cache-Control': CACHE, ETag: etag };
  return ifNoneMatchHits(header, etag) ? new Response(null, { status: 304, headers }) : new Response(body, { status: 200, headers });
}

/** `GET /openapi.json` (mounted under `/api/v1`): the admin API's OpenAPI document; public. */
export function openApiDocumentRoutes({ document }: { document: () => OpenApiDocument }) {
  return new Hono().get(
    '/openapi.json',
    operation('Reference')({
      summary: 'The OpenAPI document',
      description: 'This reference as OpenAPI 3.1, generated from the routes and schemas the server validates with. No credentials needed.',
      public: true,
      response: { status: 200, description: 'The document.' },
    }),
    (c) => cached(c.req.header('if-none-match'), JSON.stringify(document()), 'application/json; charset=utf-8'),
  );
}

/** `GET /docs` (mounted under `/api`): the reference page, rendered from the same document; public. */
export function apiDocsRoutes({ document, originOf }: { document: () => OpenApiDocument; originOf: OriginOf }) {
  return new Hono().get('/docs', securityHeaders({ csp: DOCS_PAGE_CSP }), (c) =>
    cached(c.req.header('if-none-match'), renderDocsPage(document(), originOf(c)), 'text/html; charset=utf-8'),
  );
}
