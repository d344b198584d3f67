/** The new value of a draft's top-level field after setting one value deep inside it. */
export interface FieldPatch {
  field: string;
  value: unknown;
}

const isContainer = (value: unknown): value is Record<string, unknown> | unknown[] => typeof value === 'object' && value !== null;

/** The unescaped segments of a JSON pointer (`/checklist/tasks/2/completeWhen/target`); null when it is not one. */
export function pointerSegments(pointer: string): string[] | null {
  if (!pointer.startsWith('/')) return null;
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function setIn(container: unknown, segments: string[], value: unknown, at: string): unknown | Error {
  if (!isContainer(container)) return new Error(`${at} does not exist in the draft; save the draft first`);
  const [key, ...rest] = segments as [string, ...string[]];
  if (Array.isArray(container)) {
    const index = /^(0|[1-9]\d*)$/.test(key) ? Number(key) : -1;
    if (index < 0 || index >= container.length) return new Error(`${at}/${key} does not exist in the draft; save the draft first`);
  }
  const child = rest.length === 0 ? value : setIn((container as Record<string, unknown>)[key], rest, value, `${at}/${key}`);
  if (child instanceof Error) return child;
  if (Array.isArray(container)) return container.map((item, i) => (i === Number(key) ? child : item));
  return { ...container, [key]: child };
}

/**
 * Sets `value` at `pointer` inside `draft` without changing `draft`, and returns the whole new
 * top-level field, which is what a patch sends (the server validates the field as a whole). The
 * parents must exist (only the last key is created or replaced); an Error names the first missing one.
 */
export function patchAtPointer(draft: Readonly<Record<string, unknown>>, pointer: string, value: unknown): FieldPatch | Error {
  const segments = pointerSegments(pointer);
  if (!segments || segments.length < 2 || segments.some((s) => s === '')) return new Error(`${pointer} must point inside a field, such as /targeting/trigger/target`);
  const [field, ...rest] = segments as [string, ...string[]];
  const next = setIn(draft[field], rest, value, `/${field}`);
  return next instanceof Error ? next : { field, value: next };
}
