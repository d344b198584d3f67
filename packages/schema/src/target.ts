import * as v from 'valibot';

const shortText = v.pipe(v.string(), v.maxLength(300));
const word = v.pipe(v.string(), v.maxLength(100));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/**
 * How a step finds its element again: the element locator's description of one element.
 * Several independent signals are kept so the element can be re-found after the page changes
 * (new release, other data, other language); none of them is a CSS selector the author had to
 * type (`selector` is an optional expert override). Every field but `v` and `tag` is optional, so
 * descriptions recorded by older locators stay valid and are matched on what they have.
 */
export const TargetSchema = v.object({
  /** Format version of this description. */
  v: v.literal(1),
  tag: v.pipe(v.string(), v.maxLength(64)),
  /** An explicit `data-guide-id` the customer added: always wins. */
  guideId: v.optional(shortText),
  /** Stable attributes (data-testid, name, aria-label, placeholder, normalised href, ...). */
  attrs: v.optional(v.record(v.pipe(v.string(), v.maxLength(64)), shortText)),
  /** Explicit or implicit ARIA role. */
  role: v.optional(v.pipe(v.string(), v.maxLength(64))),
  /** A hand-written id (generated ones are not kept). */
  id: v.optional(shortText),
  /** Hand-written classes (hashed, utility-with-digits and state classes are not kept). */
  classes: v.optional(v.pipe(v.array(word), v.maxLength(20))),
  /** Normalised visible text. */
  text: v.optional(shortText),
  /** The label of a form field. */
  label: v.optional(shortText),
  /** The icon of an icon-only control: sprite id, `data-icon` or icon class. */
  icon: v.optional(word),
  /** Legacy free-form context; not written any more, ignored when matching. */
  context: v.optional(v.pipe(v.array(shortText), v.maxLength(10))),
  /** The key cell of the table row or list item the element sits in. */
  row: v.optional(shortText),
  /** The heading of the card, section, fieldset or dialog around the element. */
  heading: v.optional(shortText),
  /** The enclosing landmark (nav, header, dialog, ...) with its label. */
  landmark: v.optional(shortText),
  /** Position among similar siblings (0-based). */
  index: v.optional(count),
  /** How many similar siblings there were (the element included). */
  siblings: v.optional(count),
  /** Ancestor signature, nearest first, space separated (`li ul.menu nav`): a weak signal. */
  path: v.optional(v.pipe(v.string(), v.maxLength(2_000))),
  /** How many other elements of the tag said the same at capture time (0: its wording was unique). */
  twins: v.optional(count),
  /** How many other elements of the tag had the same classes at capture time (0: they told it apart). */
  alike: v.optional(count),
  /** Texts and test ids (40 chars) of the nearest elements of the same tag: a candidate with one is that element. */
  near: v.optional(v.pipe(v.array(word), v.maxLength(12))),
  /** Tag names of the open shadow hosts around the element, outermost first. */
  hosts: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(8))),
  /** The page language at capture time: when it changed, differing text is no evidence. */
  lang: v.optional(v.pipe(v.string(), v.maxLength(35))),
  /** Expert override: when present and it matches exactly one element of the tag, it is used. */
  selector: v.optional(v.pipe(v.string(), v.maxLength(1_000))),
});
export type Target = v.InferOutput<typeof TargetSchema>;
