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

/** A list of exact origins; duplicates are dropped. */
export const AllowedOriginsSchema = v.pipe(
  v.array(
    v.pipe(
      v.string('must be a string'),
      v.check(isExactOrigin, 'must be an exact origin such as https://app.example.com (scheme, host and port; no path or trailing slash)'),
    ),
    'must be a list of origins',
  ),
  v.maxLength(50, 'must list at most 50 origins'),
  v.transform((origins) => [...new Set(origins)]),
);

/** Whether a request's Origin is one of `allowed`: exact comparison, never a prefix or substring. */
export const originAllowed = (allowed: readonly string[], origin: string | undefined): origin is string =>
  origin !== undefined && allowed.includes(origin);
