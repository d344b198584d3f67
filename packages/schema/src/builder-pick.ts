import * as v from 'valibot';

/**
 * What the in-app builder is asked to pick: one element, stored as a `Target` at `field`, a JSON
 * pointer into the guide's draft (`/checklist/tasks/2/completeWhen/target`); `label` tells the
 * author what the element is for.
 */
export const BuilderPickSchema = v.object({
  field: v.pipe(
    v.string('must be a JSON pointer'),
    v.maxLength(200, 'must be at most 200 characters'),
    v.regex(/^(\/[A-Za-z0-9_-]+){2,}$/, 'must be a JSON pointer inside a field, such as /targeting/trigger/target'),
  ),
  label: v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(200, 'must be at most 200 characters')),
});
export type BuilderPick = v.InferOutput<typeof BuilderPickSchema>;
