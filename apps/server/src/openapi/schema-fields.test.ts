import { describe, expect, it } from 'vitest';
import { exampleOf, fieldsOf, typeLabel } from './schema-fields.js';

const components = {
  Theme: { type: 'object', properties: { brandColor: { type: 'string', pattern: '^#[0-9a-f]{6}$' }, radius: { type: 'integer', minimum: 0, maximum: 32 } }, required: ['brandColor', 'radius'] },
};

describe('schema fields for the reference page', () => {
  it('lists an object’s fields with type, requiredness, limits, default and description', () => {
    const rows = fieldsOf(
      {
        type: 'object',
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 200, description: 'Shown in the console.' },
          theme: { $ref: '#/components/schemas/Theme', default: { radius: 10 } },
          tags: { type: 'array', items: { type: 'string' }, maxItems: 5 },
        },
        required: ['name'],
      },
      components,
    );
    expect(rows).toEqual([
      { name: 'name', type: ['string'], required: true, description: 'Shown in the console.', notes: ['1–200 characters'] },
      { name: 'theme', type: [{ ref: 'Theme' }], required: false, description: '', notes: ['default {"radius":10}'] },
      { name: 'tags', type: ['array of ', 'string'], required: false, description: '', notes: ['at most 5 items'] },
    ]);
  });

  it('merges the variants of a union, required only where every variant requires the field', () => {
    const rows = fieldsOf(
      {
        oneOf: [
          { type: 'object', properties: { kind: { const: 'modal' }, title: { type: 'string' } }, required: ['kind', 'title'] },
          { type: 'object', properties: { kind: { const: 'tooltip' }, target: { type: 'object' } }, required: ['kind', 'target'] },
        ],
      },
      components,
    );
    expect(rows.map((row) => [row.name, row.required])).toEqual([
      ['kind', true],
      ['title', false],
      ['target', false],
    ]);
  });

  it('spells out small inline objects and unions', () => {
    expect(typeLabel({ type: 'object', properties: { guides: { type: 'array', items: { $ref: '#/components/schemas/Guide' } } } })).toEqual([
      '{ ',
      'guides: ',
      'array of ',
      { ref: 'Guide' },
      ' }',
    ]);
    expect(typeLabel({ enum: ['all', 'any'] })).toEqual(['"all" | "any"']);
  });

  it('makes a sample answer from required fields, with plausible ids and times', () => {
    const sample = exampleOf(
      { type: 'object', properties: { id: { type: 'string' }, createdAt: { type: 'string' }, theme: { $ref: '#/components/schemas/Theme' }, note: { type: 'string' } }, required: ['id', 'createdAt', 'theme'] },
      components,
    ) as Record<string, unknown>;
    expect(Object.keys(sample)).toEqual(['id', 'createdAt', 'theme']);
    expect(Date.parse(sample.createdAt as string)).not.toBeNaN();
    expect(sample.theme).toEqual({ brandColor: 'brandColor', radius: 0 });
  });
});
