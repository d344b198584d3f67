/** What `script.src` accepts: a string, or the TrustedScriptURL a page enforcing Trusted Types insists on. */
type ScriptUrl = string;

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): ScriptUrl };
}

/** The Trusted Types policy name hosts list in their CSP (`trusted-types shirube`), see README "Embedding". */
export const TRUSTED_TYPES_POLICY = 'shirube';

let policy: { createScriptURL(url: string): ScriptUrl } | null | undefined;

/**
 * `url` in the form `script.src` takes on this page: through the `shirube` Trusted Types policy where
 * the browser has Trusted Types (created once, on first use), else the string itself. A page whose
 * CSP does not allow the policy gets the string, and its own refusal when the script is added.
 */
export function scriptUrl(url: string): ScriptUrl {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
    try {
      // Only the SDK's own script files go through here; the caller built the URL.
      policy = factory ? factory.createPolicy(TRUSTED_TYPES_POLICY, { createScriptURL: (value) => value }) : null;
    } catch {
      policy = null;
    }
  }
  return policy ? policy.createScriptURL(url) : url;
}
