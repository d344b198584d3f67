/*
 * Reads JSON Schemas of the OpenAPI document into rows a person can scan: field, type, required,
 * constraints, description. Named schemas stay links (`Targeting`), so a row never explodes into
 * the whole nested shape.
 */

type Json = Record<string, unknown>;

/** One field of an object schema, ready to render. */
export interface FieldRow {
  name: string;
  type: TypeLabel;
  required: boolean;
  description: string;
  /** Limits and the default, as short phrases (`1–200 characters`, `default "walkthrough"`). */
  notes: string[];
}

/** A type as text, with the named schemas it mentions (rendered as links). */
export type TypeLabel = Array<string | { ref: string }>;

const REF = '#/components/schemas/';

/** The component name of a `$ref`, or null. */
export const refName = (schema: Json): string | null => (typeof schema.$ref === 'string' && schema.$ref.startsWith(REF) ? schema.$ref.slice(REF.length) : null);

/** `schema` with a top-level `$ref` resolved against `components`. */
export function resolve(schema: Json, components: Record<string, Json>): Json {
  const name = refName(schema);
  return name ? (components[name] ?? {}) : schema;
}

const quote = (value: unknown) => JSON.stringify(value);

/** A short type label: `string`, `integer`, `array of Step`, `"all" | "any"`, `Targeting`. */
export function typeLabel(schema: Json): TypeLabel {
  const name = refName(schema);
  if (name) return [{ ref: name }];
  if ('const' in schema) return [quote(schema.const)];
  if (Array.isArray(schema.enum)) return [schema.enum.map(quote).join(' | ')];
  const variants = (schema.oneOf ?? schema.anyOf) as Json[] | undefined;
  if (variants) return variants.flatMap((variant, i) => [...(i > 0 ? [' | '] : []), ...typeLabel(variant)]);
  if (schema.type === 'array') return ['array of ', ...typeLabel((schema.items as Json | undefined) ?? {})];
  const properties = Object.entries((schema.properties ?? {}) as Record<string, Json>);
  // A small inline object (`{ guides: array of Guide }`) reads better spelled out than as "object".
  if (schema.type === 'object' && properties.length > 0 && properties.length <= 3) {
    return ['{ ', ...properties.flatMap(([name, property], i) => [...(i > 0 ? [', '] : []), `${name}: `, ...typeLabel(property)]), ' }'];
  }
  if (Array.isArray(schema.type)) return [schema.type.join(' | ')];
  if (typeof schema.type === 'string') return [schema.format ? `${schema.type} (${String(schema.format)})` : schema.type];
  return ['any'];
}

function notesOf(schema: Json): string[] {
  const notes: string[] = [];
  const range = (min: unknown, max: unknown, unit: string) => {
    if (min !== undefined && max !== undefined) notes.push(`${String(min)}–${String(max)}${unit}`);
    else if (min !== undefined) notes.push(`at least ${String(min)}${unit}`);
    else if (max !== undefined) notes.push(`at most ${String(max)}${unit}`);
  };
  range(schema.minLength, schema.maxLength, ' characters');
  range(schema.minimum, schema.maximum, '');
  range(schema.minItems, schema.maxItems, ' items');
  if (typeof schema.pattern === 'string') notes.push(`matches ${schema.pattern}`);
  if (schema.default !== undefined) notes.push(`default ${quote(schema.default)}`);
  return notes;
}

/**
 * The fields of an object schema (resolving a top-level `$ref`); for a union of objects (a step's
 * `kind`), the fields of each variant merged, required only where every variant requires them.
 */
export function fieldsOf(schema: Json, components: Record<string, Json>): FieldRow[] {
  const object = resolve(schema, components);
  const variants = ((object.oneOf ?? object.anyOf) as Json[] | undefined)?.map((variant) => resolve(variant, components));
  if (variants) {
    const rows = new Map<string, FieldRow>();
    const all = variants.map((variant) => fieldsOf(variant, components));
    for (const row of all.flat()) if (!rows.has(row.name)) rows.set(row.name, { ...row, required: all.every((fields) => fields.some((f) => f.name === row.name && f.required)) });
    return [...rows.values()];
  }
  const properties = (object.properties ?? {}) as Record<string, Json>;
  const required = new Set((object.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    type: typeLabel(property),
    required: required.has(name),
    description: typeof property.description === 'string' ? property.description : '',
    notes: notesOf(property),
  }));
}

const SAMPLE_TIME = '2026-12-01T09:00:00.000Z';
const SAMPLE_ID = '0193a0f2-7c4e-7b3a-9a51-3f0b2c1d4e5f';

/** A plausible string for a field, from its name: ids look like ids, times like times. */
function sampleString(schema: Json, field: string | undefined): string {
  if (schema.format === 'date-time' || (field && /At$/.test(field))) return SAMPLE_TIME;
  if (field && /^(id|.*Id)$/.test(field)) return SAMPLE_ID;
  if (field === 'name') return 'Submit your first expense report';
  if (field === 'publicKey') return 'pk_4fJ2xQ9mLr7TzA1bVc8KdE3n';
  return field ?? 'string';
}

/** An example value for a schema (for response samples): the first of each choice, placeholders for scalars. */
export function exampleOf(schema: Json, components: Record<string, Json>, depth = 0, field?: string): unknown {
  if (depth > 8) return null;
  const own = resolve(schema, components);
  if (own.example !== undefined) return own.example;
  if (own.default !== undefined) return own.default;
  if ('const' in own) return own.const;
  if (Array.isArray(own.enum)) return own.enum[0];
  const variants = (own.oneOf ?? own.anyOf) as Json[] | undefined;
  if (variants?.[0]) return exampleOf(variants[0], components, depth + 1, field);
  switch (own.type) {
    case 'object': {
      const required = new Set((own.required ?? []) as string[]);
      const entries = Object.entries((own.properties ?? {}) as Record<string, Json>).filter(([name]) => required.has(name));
      return Object.fromEntries(entries.map(([name, property]) => [name, exampleOf(property, components, depth + 1, name)]));
    }
    case 'array':
      return depth > 5 ? [] : [exampleOf((own.items as Json | undefined) ?? {}, components, depth + 1)];
    case 'integer':
    case 'number':
      return typeof own.minimum === 'number' ? own.minimum : 0;
    case 'boolean':
      return false;
    case 'string':
      return sampleString(own, field);
    default:
      return null;
  }
}
