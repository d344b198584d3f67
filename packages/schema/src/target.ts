import * as v from 'valibot';

const shortText = v.pipe(v.string(), v.maxLength(300));

/**
 * How a step finds its element again: the element locator's description of one element.
 * Several independent signals are kept so the element can be re-found after the page changes;
 * none of them is a CSS selector the author had to type (`selector` is an optional expert override).
 */
export const TargetSchema = v.object({
  /** Format version of this description. */
  v: v.literal(1),
  tag: v.pipe(v.string(), v.maxLength(64)),
  /** An explicit `data-guide-id` the customer added: always wins. */
  guideId: v.optional(shortText),
  /** Stable attributes (data-testid, name, aria-label, placeholder, href, ...). */
  attrs: v.optional(v.record(v.pipe(v.string(), v.maxLength(64)), shortText)),
  role: v.optional(v.pipe(v.string(), v.maxLength(64))),
  id: v.optional(shortText),
  classes: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(20))),
  /** Normalised visible text. */
  text: v.optional(shortText),
  /** The label of a form field. */
  label: v.optional(shortText),
  /** Nearby context: the row's key cell, the card's heading, the landmark. */
  context: v.optional(v.pipe(v.array(shortText), v.maxLength(10))),
  /** Position among similar siblings (0-based). */
  index: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  /** A structural path recorded at capture time, used as a weak signal. */
  path: v.optional(v.pipe(v.string(), v.maxLength(2_000))),
  /** Expert override: when present, this selector is tried first. */
  selector: v.optional(v.pipe(v.string(), v.maxLength(1_000))),
});
export type Target = v.InferOutput<typeof TargetSchema>;
