import { escapeHtml as e } from './escape-html.js';
import type { OpenApiOperation } from './openapi-document.js';
import { exampleOf, fieldsOf, typeLabel, type FieldRow, type TypeLabel } from './schema-fields.js';

type Json = Record<string, unknown>;

/** An operation with where it lives. */
export interface OperationView {
  method: string;
  path: string;
  operation: OpenApiOperation;
}

/** What every operation's rendering needs: where the server is and the named schemas. */
export interface RenderContext {
  origin: string;
  base: string;
  components: Record<string, Json>;
}

/** Inline `code` spans of a description, the rest escaped. */
const prose = (text: string) => e(text).replace(/`([^`]+)`/g, '<code>$1</code>');

const label = (type: TypeLabel) => type.map((part) => (typeof part === 'string' ? e(part) : `<a href="#schema-${e(part.ref)}">${e(part.ref)}</a>`)).join('');

function fieldTable(rows: FieldRow[], caption: string): string {
  if (rows.length === 0) return '';
  const body = rows
    .map(
      (row) => `<tr><td><code class="field">${e(row.name)}</code>${row.required ? '<span class="req">required</span>' : '<span class="opt">optional</span>'}</td><td class="type">${label(row.type)}</td><td>${prose(row.description)}${
        row.notes.length ? `<div class="notes">${row.notes.map(e).join(' · ')}</div>` : ''
      }</td></tr>`,
    )
    .join('');
  return `<h4>${e(caption)}</h4><table><thead><tr><th>Field</th><th>Type</th><th>Description</th></tr></thead><tbody>${body}</tbody></table>`;
}

function parameterRows(operation: OpenApiOperation, where: 'path' | 'query'): FieldRow[] {
  const parameters = ((operation.parameters ?? []) as Json[]).filter((p) => p.in === where);
  return parameters.map((p) => ({ name: String(p.name), type: typeLabel((p.schema ?? {}) as Json), required: p.required === true, description: String(p.description ?? ''), notes: [] }));
}

/** A curl command for the operation, with the example body and a personal API token. */
function curl(view: OperationView, context: RenderContext): string {
  const body = ((view.operation.requestBody as Json | undefined)?.content as Record<string, Json> | undefined)?.['application/json'];
  const query = ((view.operation.parameters ?? []) as Json[]).filter((p) => p.in === 'query' && p.example !== undefined).map((p) => `${String(p.name)}=${encodeURIComponent(String(p.example))}`);
  const path = view.path.replace(/\{(\w+)\}/g, (_m, name: string) => `$${name.toUpperCase()}`);
  const url = `${context.origin}${context.base}${path}${query.length ? `?${query.join('&')}` : ''}`;
  const lines = [`curl${view.method === 'get' ? '' : ` -X ${view.method.toUpperCase()}`} "${url}"`];
  if (view.operation.security === undefined) lines.push('-H "Authorization: Bearer $SHIRUBE_TOKEN"', '-H "Shirube-Project: $SHIRUBE_PROJECT"');
  if (body) {
    const example = body.example ?? exampleOf((body.schema ?? {}) as Json, context.components);
    lines.push('-H "Content-Type: application/json"', `-d '${JSON.stringify(example, null, 2).replace(/'/g, "'\\''")}'`);
  }
  return lines.join(' \\\n  ');
}

function responses(operation: OpenApiOperation, context: RenderContext): { list: string; sample: string } {
  const entries = Object.entries((operation.responses ?? {}) as Record<string, Json>);
  const list = entries
    .map(([status, response]) => {
      const schema = ((response.content as Record<string, Json> | undefined)?.['application/json']?.schema ?? null) as Json | null;
      const returns = schema && status.startsWith('2') ? ` <span class="returns">returns ${label(typeLabel(schema))}</span>` : '';
      return `<li><span class="status status-${status[0]}">${e(status)}</span> ${prose(String(response.description ?? ''))}${returns}</li>`;
    })
    .join('');
  const [status, ok] = entries[0] ?? [];
  const schema = ((ok?.content as Record<string, Json> | undefined)?.['application/json']?.schema ?? null) as Json | null;
  const sample = schema && status?.startsWith('2') ? `<div class="code-title">Response ${e(status)}</div><pre><code>${e(JSON.stringify(exampleOf(schema, context.components), null, 2))}</code></pre>` : '';
  return { list: `<h4>Responses</h4><ul class="responses">${list}</ul>`, sample };
}

/** One operation: what it does, its inputs and answers on the left; curl and a sample answer on the right. */
export function renderOperation(view: OperationView, context: RenderContext): string {
  const { operation } = view;
  const role = operation['x-shirube-role'] as string | undefined;
  const body = ((operation.requestBody as Json | undefined)?.content as Record<string, Json> | undefined)?.['application/json'];
  const access = operation.security !== undefined ? '<span class="pill">public</span>' : role ? `<span class="pill">token role: ${e(role)}</span>` : '';
  const { list, sample } = responses(operation, context);
  return `<article class="operation" id="${e(String(operation.operationId))}">
<div class="explain">
  <h3>${e(String(operation.summary))}</h3>
  <div class="endpoint"><span class="verb verb-${view.method}">${view.method.toUpperCase()}</span><code>${e(context.base + view.path)}</code>${access}</div>
  ${operation.description ? `<p>${prose(String(operation.description))}</p>` : ''}
  ${fieldTable(parameterRows(operation, 'path'), 'Path parameters')}
  ${fieldTable(parameterRows(operation, 'query'), 'Query parameters')}
  ${body ? fieldTable(fieldsOf((body.schema ?? {}) as Json, context.components), 'Request body') : ''}
  ${list}
</div>
<div class="examples"><div class="code-title">Request</div><pre><code>${e(curl(view, context))}</code></pre>${sample}</div>
</article>`;
}

/** A named schema and its fields. */
export function renderObject(name: string, components: Record<string, Json>): string {
  const schema = components[name] ?? {};
  const rows = fieldsOf(schema, components);
  const summary = rows.length ? fieldTable(rows, 'Fields') : `<p>${label(typeLabel(schema))}</p>`;
  return `<article class="object" id="schema-${e(name)}"><h3>${e(name)}</h3>${typeof schema.description === 'string' ? `<p>${prose(schema.description)}</p>` : ''}${summary}</article>`;
}
