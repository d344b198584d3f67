import { createHash } from 'node:crypto';
import { DOCS_CSS } from './docs-styles.js';
import { renderObject, renderOperation, type OperationView } from './docs-operation.js';
import { escapeHtml as e } from './escape-html.js';
import type { OpenApiDocument, OpenApiOperation } from './openapi-document.js';

/** The reference page's policy: nothing but its own inline stylesheet (allowed by hash); no scripts at all. */
export const DOCS_PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(DOCS_CSS).digest('base64')}'`,
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Every operation of the document with its method and path, in document order. */
function operationsOf(document: OpenApiDocument): OperationView[] {
  const views: OperationView[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method] as OpenApiOperation | undefined;
      if (operation) views.push({ method, path, operation });
    }
  }
  return views;
}

type Tag = { name: string; description?: string };

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function intro(document: OpenApiDocument, base: string): string {
  const info = document.info as { title: string; version: string };
  return `<section class="intro" id="introduction">
  <h1>${e(info.title)}</h1>
  <p class="lead">Manage guides, segments and project settings, and read analytics, from your own scripts. Every request and answer is JSON; every path below is relative to <code>${e(base)}</code>.</p>
  <div class="cards">
    <div class="card"><h3>Authentication</h3>
      <p>Send one of:</p>
      <ul>
        <li><strong>The project secret key</strong>: <code>Authorization: Bearer sk_…</code>. It may do everything on its own project.</li>
        <li><strong>A personal API token</strong> (console → your menu → <em>API tokens</em>): <code>Authorization: Bearer shirube_pat_…</code> and <code>Shirube-Project: &lt;project id&gt;</code>. It acts as you: what your role allows (viewer: read only; editor: also write; owner: also project settings and the audit log). A revoked or expired token gets <code>401</code>.</li>
      </ul>
    </div>
    <div class="card"><h3>Errors</h3>
      <p>Every error answers <code>{ "error": { "code": "…", "message": "…" } }</code>. A <code>400</code> names the offending field (<code>steps[1].title: must be at most 200 characters</code>) and changes nothing.</p>
      <p>Machine-readable: <a href="${e(base)}/openapi.json">openapi.json</a> (OpenAPI ${e(String(document.openapi))}, version ${e(info.version)}).</p>
    </div>
  </div>
</section>`;
}

function sidebar(tags: Tag[], byTag: Map<string, OperationView[]>, objects: string[]): string {
  const groups = tags
    .filter((tag) => byTag.has(tag.name))
    .map(
      (tag) => `<li><a class="group" href="#tag-${slug(tag.name)}">${e(tag.name)}</a><ul>${byTag
        .get(tag.name)!
        .map((view) => `<li><a href="#${e(String(view.operation.operationId))}"><span class="verb verb-${view.method}">${view.method === 'delete' ? 'DEL' : view.method.toUpperCase()}</span>${e(String(view.operation.summary))}</a></li>`)
        .join('')}</ul></li>`,
    )
    .join('');
  const objectLinks = objects.map((name) => `<li><a href="#schema-${e(name)}">${e(name)}</a></li>`).join('');
  return `<nav class="sidebar" aria-label="API reference"><a class="brand" href="#introduction">道しるべ <span>Shirube API</span></a><ul>${groups}<li><a class="group" href="#objects">Objects</a><ul>${objectLinks}</ul></li></ul></nav>`;
}

/** The reference page: one HTML document, no scripts, styles inline (allowed by hash). */
export function renderDocsPage(document: OpenApiDocument, origin: string): string {
  const base = ((document.servers as Array<{ url: string }>)[0]?.url ?? '') as string;
  const components = ((document.components as { schemas?: Record<string, Record<string, unknown>> }).schemas ?? {}) as Record<string, Record<string, unknown>>;
  const views = operationsOf(document);
  const byTag = new Map<string, OperationView[]>();
  for (const view of views) {
    const tag = ((view.operation.tags as string[] | undefined) ?? ['Other'])[0]!;
    byTag.set(tag, [...(byTag.get(tag) ?? []), view]);
  }
  const tags: Tag[] = (document.tags as Tag[] | undefined) ?? [...byTag.keys()].map((name) => ({ name }));
  const context = { origin, base, components };
  const sections = tags
    .filter((tag) => byTag.has(tag.name))
    .map(
      (tag) => `<section class="tag" id="tag-${slug(tag.name)}"><h2>${e(tag.name)}</h2>${tag.description ? `<p class="tag-description">${e(tag.description)}</p>` : ''}${byTag
        .get(tag.name)!
        .map((view) => renderOperation(view, context))
        .join('')}</section>`,
    )
    .join('');
  const objects = Object.keys(components).filter((name) => name !== 'ApiErrorBody');
  const objectSection = `<section class="tag" id="objects"><h2>Objects</h2><p class="tag-description">The shapes requests and answers are made of.</p>${objects.map((name) => renderObject(name, components)).join('')}</section>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(String((document.info as { title: string }).title))} reference</title>
<style>${DOCS_CSS}</style>
</head>
<body>
${sidebar(tags, byTag, objects)}
<main>${intro(document, base)}${sections}${objectSection}</main>
</body>
</html>`;
}
