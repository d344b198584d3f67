import { toJsonSchema, toJsonSchemaDefs, type ConversionConfig } from '@valibot/to-json-schema';
import type * as v from 'valibot';
import { PROJECT_HEADER } from '../api-tokens/api-token-auth.js';
import { API_TOKEN_PREFIX } from '../api-tokens/api-tokens.repo.js';
import { COMPONENT_SCHEMAS, TAGS } from './components.js';
import { operationOf, requiredRole, type Operation } from './operation.js';

/** A registered route as Hono lists it (`app.routes`). */
export interface RouteLike {
  method: string;
  path: string;
  handler: Function;
}

/** The OpenAPI 3.1 document, loosely typed: it is JSON for others to read. */
export type OpenApiDocument = Record<string, unknown> & { paths: Record<string, Record<string, OpenApiOperation>> };
export type OpenApiOperation = Record<string, unknown>;

/** Where the admin API lives; paths in the document are relative to it. */
export const API_BASE = '/api/v1';

const REFS = '#/components/schemas/';

const conversion = (typeMode: 'input' | 'output'): ConversionConfig => ({
  target: 'draft-2020-12',
  // Checks with no JSON Schema equivalent (custom `check`s, transforms) are enforced by the server only.
  errorMode: 'ignore',
  typeMode,
  definitions: COMPONENT_SCHEMAS,
  overrideRef: ({ referenceId }) => `${REFS}${referenceId}`,
});

/** A converted schema without its own dialect and definitions: the document's components hold those. */
function embeddable(schema: object): Record<string, unknown> {
  const { $schema: _dialect, $defs: _defs, ...rest } = schema as Record<string, unknown>;
  return rest;
}

type Json = Record<string, unknown>;

const ANNOTATIONS = new Set(['description', 'default']);
const shapeKey = (node: Json) => JSON.stringify(Object.fromEntries(Object.entries(node).filter(([key]) => !ANNOTATIONS.has(key))));

/**
 * Replaces inlined copies of named schemas with references. A field that describes a named schema
 * (`v.pipe(TargetingSchema, v.description(...))`) is converted inline by to-json-schema; the
 * reference keeps the document short and the reference page's links working.
 */
function collapseNamed(node: unknown, named: Map<string, string>, top = true): unknown {
  if (Array.isArray(node)) return node.map((item) => collapseNamed(item, named, false));
  if (!node || typeof node !== 'object') return node;
  const object = node as Json;
  const name = top ? undefined : named.get(shapeKey(object));
  if (name) return { $ref: `${REFS}${name}`, ...Object.fromEntries(Object.entries(object).filter(([key]) => ANNOTATIONS.has(key))) };
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, key === 'default' || key === 'example' ? value : collapseNamed(value, named, false)]));
}

let components: { schemas: Record<string, Json>; named: Map<string, string> } | undefined;

/** The components, converted once, and the shape of each for `collapseNamed`. */
function namedSchemas() {
  if (components) return components;
  const { definitions: _named, ...config } = conversion('input');
  const converted = Object.entries(toJsonSchemaDefs(COMPONENT_SCHEMAS, config)).map(([name, schema]) => [name, embeddable(schema)] as const);
  const named = new Map(converted.map(([name, schema]) => [shapeKey(schema), name]));
  components = { schemas: Object.fromEntries(converted.map(([name, schema]) => [name, collapseNamed(schema, named) as Json])), named };
  return components;
}

/** A valibot schema as an embeddable JSON Schema: named parts become `$ref`s into the components. */
const jsonSchemaOf = (schema: v.GenericSchema, typeMode: 'input' | 'output') => collapseNamed(embeddable(toJsonSchema(schema, conversion(typeMode))), namedSchemas().named) as Json;

const json = (schema: Record<string, unknown>) => ({ 'application/json': { schema } });
const errorResponse = (description: string) => ({ description, content: json({ $ref: `${REFS}ApiErrorBody` }) });

const ERROR_TEXT: Record<number, string> = {
  400: 'Invalid input; the message names the field or parameter (`name: must not be empty`). Nothing was changed.',
  401: 'No credentials, or an unknown, revoked or expired key or token.',
  403: "A public key was sent, or the token's member lacks the role this needs.",
  404: 'Not found in this project.',
  409: 'Conflicts with the current state (the message says why).',
};

/** `/guides/:id` → `/guides/{id}`, with the path's parameter names. */
function openApiPath(path: string): { path: string; params: string[] } {
  const params: string[] = [];
  const converted = path.replace(/:([A-Za-z0-9_]+)/g, (_match, name: string) => {
    params.push(name);
    return `{${name}}`;
  });
  return { path: converted, params };
}

const operationId = (method: string, path: string) =>
  method.toLowerCase() +
  path
    .split('/')
    .filter(Boolean)
    .map((part) => (part.startsWith(':') ? `By${part[1]!.toUpperCase()}${part.slice(2)}` : part.replace(/(^|[-.])(\w)/g, (_m, _sep, ch: string) => ch.toUpperCase())))
    .join('');

function describeOperation(method: string, path: string, params: string[], { tag, spec }: Operation): OpenApiOperation {
  const role = requiredRole(method, spec);
  const errors = new Set<number>([...(spec.public ? [] : [401, 403]), ...(spec.body || spec.query?.length ? [400] : []), ...(spec.errors ?? [])]);
  const responses: Record<string, unknown> = {
    [spec.response.status]: {
      description: spec.response.description,
      ...(spec.response.schema ? { content: json(jsonSchemaOf(spec.response.schema, 'output')) } : {}),
    },
  };
  for (const status of [...errors].sort()) responses[status] = errorResponse(ERROR_TEXT[status] ?? 'Request failed.');
  return {
    operationId: operationId(method, path),
    tags: [tag],
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    ...(spec.public ? { security: [] } : { 'x-shirube-role': role }),
    parameters: [
      ...params.map((name) => ({ name, in: 'path', required: true, description: spec.params?.[name] ?? `The ${name}.`, schema: { type: 'string' } })),
      ...(spec.query ?? []).map((q) => ({
        name: q.name,
        in: 'query',
        required: q.required ?? false,
        description: q.description,
        schema: { type: q.type, ...(q.enum ? { enum: q.enum } : {}) },
        ...(q.example !== undefined ? { example: q.example } : {}),
      })),
    ],
    ...(spec.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchemaOf(spec.body, 'input'), ...(spec.example !== undefined ? { example: spec.example } : {}) } } } }
      : {}),
    responses,
  };
}

/**
 * Builds the OpenAPI 3.1 document of the admin API from the app's registered routes: each route's
 * `operation()` middleware carries its description and schemas. `undocumented` lists the routes
 * under `/api/v1` that have none (a test keeps it empty).
 */
export function buildOpenApiDocument(routes: readonly RouteLike[], info: { version: string }): { document: OpenApiDocument; undocumented: string[] } {
  const found = new Map<string, { method: string; path: string; operation?: Operation }>();
  for (const route of routes) {
    if (route.method === 'ALL' || !route.path.startsWith(`${API_BASE}/`)) continue;
    const key = `${route.method} ${route.path}`;
    const entry = found.get(key) ?? { method: route.method, path: route.path };
    entry.operation ??= operationOf(route.handler);
    found.set(key, entry);
  }
  const paths: OpenApiDocument['paths'] = {};
  const undocumented: string[] = [];
  for (const [key, { method, path, operation }] of found) {
    if (!operation) {
      undocumented.push(key);
      continue;
    }
    const { path: openPath, params } = openApiPath(path.slice(API_BASE.length));
    (paths[openPath] ??= {})[method.toLowerCase()] = describeOperation(method, path.slice(API_BASE.length), params, operation);
  }
  const document: OpenApiDocument = {
    openapi: '3.1.0',
    info: {
      title: 'Shirube admin API',
      version: info.version,
      description:
        'Manage guides, segments and project settings and read analytics from scripts. ' +
        `Authenticate with the project secret key (\`Authorization: Bearer sk_...\`) or a personal API token ` +
        `(\`Authorization: Bearer ${API_TOKEN_PREFIX}...\` plus the \`${PROJECT_HEADER}\` header naming the project). ` +
        'Errors answer `{ "error": { "code", "message" } }`.',
    },
    servers: [{ url: API_BASE }],
    tags: TAGS,
    security: [{ secretKey: [] }, { apiToken: [], project: [] }],
    paths,
    components: {
      securitySchemes: {
        secretKey: { type: 'http', scheme: 'bearer', bearerFormat: 'sk_...', description: 'The project secret key: everything, on its own project.' },
        apiToken: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: `${API_TOKEN_PREFIX}...`,
          description: "A member's personal API token (console → API tokens): what the member's role allows, on the project the header names.",
        },
        project: { type: 'apiKey', in: 'header', name: PROJECT_HEADER, description: 'The project id a personal API token acts on.' },
      },
      schemas: namedSchemas().schemas,
    },
  };
  return { document, undocumented };
}
