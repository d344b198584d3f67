import * as v from 'valibot';

/**
 * Whether `value` is exactly an origin as browsers send it in `Origin`: http(s) scheme, lowercase
 * host, port only when not the default, no path, query, fragment or trailing slash. Anything else
 * could never equal a request's Origin, so it is refused rather than silently never matching.
 */
export function isExactOrigin(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  // The URL parser accepts `*` in hosts; a wildcard would read as a pattern, which this never is.
  const plainHost = /^([a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/.test(url.hostname);
  return (url.protocol === 'http:' || url.protocol === 'https:') && plainHost && url.origin === value;
}

/** A list of at most 50 origins each passing `check`; duplicates are dropped. */
const originList = (check: (value: string) => boolean, message: string) =>
  v.pipe(
    v.array(v.pipe(v.string('must be a string'), v.check(check, message)), 'must be a list of origins'),
    v.maxLength(50, 'must list at most 50 origins'),
    v.transform((origins) => [...new Set(origins)]),
  );

/** A list of exact origins (where the in-app builder may open). */
export const AllowedOriginsSchema = originList(
  isExactOrigin,
  'must be an exact origin such as https://app.example.com (scheme, host and port; no path or trailing slash)',
);

/** Whether a request's Origin is one of `allowed`: exact comparison, never a prefix or substring. */
export const originAllowed = (allowed: readonly string[], origin: string | undefined): origin is string =>
  origin !== undefined && allowed.includes(origin);

const WILDCARD = /^(https?:\/\/)\*\.(.+)$/;

/**
 * Whether `value` can be an SDK origin pattern: an exact origin, or one whose leftmost host label
 * is `*` (`https://*.example.com`), which stands for any subdomain at any depth but not the bare
 * domain. Scheme and port are always compared exactly.
 */
export function isOriginPattern(value: string): boolean {
  const wildcard = WILDCARD.exec(value);
  return wildcard ? isExactOrigin(`${wildcard[1]}x.${wildcard[2]}`) : isExactOrigin(value);
}

/** Whether a request's Origin matches one of `patterns` (see `isOriginPattern`). */
export function originMatches(patterns: readonly string[], origin: string): boolean {
  return patterns.some((pattern) => {
    const wildcard = WILDCARD.exec(pattern);
    if (!wildcard) return pattern === origin;
    const suffix = `.${wildcard[2]}`;
    const rest = origin.startsWith(wildcard[1]!) ? origin.slice(wildcard[1]!.length) : '';
    // A label before the suffix, and nothing after it: `https://evil.com?.example.com` cannot be an Origin, `.example.com.evil` does not end so.
    return rest.endsWith(suffix) && /^([a-z0-9-]+\.)*[a-z0-9-]+$/.test(rest.slice(0, -suffix.length));
  });
}

/** The pages allowed to use a project's public key: exact origins or `https://*.example.com`; empty means any. */
export const SdkOriginsSchema = originList(
  isOriginPattern,
  'must be an origin such as https://app.example.com or https://*.example.com (no path or trailing slash)',
);
