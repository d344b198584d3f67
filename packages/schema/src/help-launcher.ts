import * as v from 'valibot';
import { safeHref } from './rich-text.js';

/** A link end users may follow to reach support: http(s) or mailto only, checked like rich-text links. */
const ContactHrefSchema = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(2_048),
  v.check((href) => /^(https?:\/\/|mailto:)/i.test(href) && safeHref(href) === href, 'must be an http(s) or mailto link'),
);

/**
 * A project's help launcher: a button on every page that opens a searchable list of the guides
 * flagged for it. Empty labels mean the SDK's own wording in the user's language.
 */
export const HelpLauncherSchema = v.object({
  enabled: v.boolean(),
  buttonLabel: v.pipe(v.string(), v.trim(), v.maxLength(40)),
  panelTitle: v.pipe(v.string(), v.trim(), v.maxLength(80)),
  /** Shown when a search finds nothing; absent means no contact link. */
  contactHref: v.optional(ContactHrefSchema),
});
export type HelpLauncher = v.InferOutput<typeof HelpLauncherSchema>;

/** A launcher nobody has set up: off, default wording, no contact link. */
export const DEFAULT_HELP_LAUNCHER: HelpLauncher = { enabled: false, buttonLabel: '', panelTitle: '' };
