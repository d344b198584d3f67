import * as v from 'valibot';

/** The one error body every API answers with: `{ error: { code, message } }`. */
export const ApiErrorBodySchema = v.object({
  error: v.object({
    code: v.pipe(v.string(), v.description('Stable, for programs to branch on (`invalid_request`, `not_found`, ...).')),
    message: v.pipe(v.string(), v.description('For people; a 400 names the offending field first (`steps[1].title: ...`).')),
  }),
});
export type ApiErrorBody = v.InferOutput<typeof ApiErrorBodySchema>;

/**
 * Turns valibot issues into one readable message that names each offending field by its path,
 * e.g. `steps[1].content[0].children[0].href: must be an http(s), mailto or relative URL`.
 */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => {
      const path = formatPath(issue.path);
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

function formatPath(path: v.BaseIssue<unknown>['path']): string {
  if (!path) return '';
  let out = '';
  for (const item of path) {
    const key = (item as { key?: unknown }).key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** Validates `input`; returns the typed value or a message naming the failing fields. */
export function parseWith<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
): { ok: true; value: v.InferOutput<S> } | { ok: false; message: string } {
  const result = v.safeParse(schema, input);
  return result.success ? { ok: true, value: result.output } : { ok: false, message: describeIssues(result.issues) };
}
