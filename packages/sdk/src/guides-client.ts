import type { PinnedVersion } from '@shirube/core';
import { safeHref, type Audience, type ChecklistProgress, type HelpLauncher, type PublishedGuide, type SegmentRules } from '@shirube/schema';
import { isAudience, isPublishedGuide } from './guide-shape.js';
import type { Logger } from './logger.js';
import type { KeyValueStore } from './storage.js';

/** The guides as kept in the store from the last response that had them. */
export interface CachedGuides {
  etag: string | null;
  guides: unknown[];
  segments?: unknown;
  launcher?: unknown;
}

/** What the SDK shows: the live guides, the saved segments their audiences refer to and, when the project enabled it, the help launcher. */
export interface LiveGuides {
  guides: PublishedGuide[];
  segments: SegmentRules;
  launcher: HelpLauncher | null;
}

export interface LoadGuidesOptions {
  apiUrl: string;
  projectKey: string;
  fetch: typeof fetch;
  store: KeyValueStore;
  cacheKey: string;
  logger: Logger;
  /** The user's language tag, asked for when guides are fetched: the server answers in it. */
  locale: () => string | undefined;
}

/** The query that asks for guides in the user's language (tags are letters, digits and `-`: nothing to escape). */
const localeQuery = (options: LoadGuidesOptions) => {
  const locale = options.locale();
  return locale ? `&locale=${locale}` : '';
};

/** The published-guides endpoint for a project. */
export function guidesUrl(apiUrl: string, projectKey: string): string {
  return `${apiUrl.replace(/\/+$/, '')}/sdk/v1/guides?key=${encodeURIComponent(projectKey)}`;
}

/**
 * The valid guides in a response body, in order. Anything malformed is dropped, one guide at a time,
 * so a single bad guide cannot take the others (or the page) down.
 */
export function parseGuides(body: unknown, logger?: Logger): LiveGuides {
  const { guides: list, segments: raw, launcher } = (body ?? {}) as { guides?: unknown; segments?: unknown; launcher?: unknown };
  const guides: PublishedGuide[] = [];
  const segments: Record<string, Audience> = {};
  for (const item of Array.isArray(list) ? list : []) {
    if (isPublishedGuide(item)) guides.push(item);
    else logger?.warn('ignoring an invalid guide', item);
  }
  // A malformed segment is left out: conditions on it then admit no one (fail closed).
  for (const [id, audience] of Object.entries(typeof raw === 'object' && raw ? raw : {})) if (isAudience(audience)) segments[id] = audience;
  return { guides, segments, launcher: parseLauncher(launcher) };
}

const text = (value: unknown, max: number) => (typeof value === 'string' ? value.slice(0, max) : '');

/** The launcher settings when present, enabled and readable; its contact link only when it is a safe http(s) or mailto link. */
export function parseLauncher(value: unknown): HelpLauncher | null {
  const l = value as Record<string, unknown> | null | undefined;
  if (!l || l.enabled !== true) return null;
  const href = typeof l.contactHref === 'string' ? safeHref(l.contactHref) : null;
  return {
    enabled: true,
    buttonLabel: text(l.buttonLabel, 40),
    panelTitle: text(l.panelTitle, 80),
    ...(href && /^(https?:|mailto:)/i.test(href) ? { contactHref: href } : {}),
  };
}

/**
 * Revalidates the cached copy of the project's published guides with its ETag. Resolves with the
 * live guides when they changed, or null when the cached copy is still what to show (the server
 * says so, or cannot be reached); with no cache and no answer, no guides.
 */
export async function loadGuides(options: LoadGuidesOptions, cached: CachedGuides | undefined): Promise<LiveGuides | null> {
  const { logger } = options;
  try {
    const headers: Record<string, string> = {};
    if (cached?.etag) headers['If-None-Match'] = cached.etag;
    const response = await options.fetch(guidesUrl(options.apiUrl, options.projectKey) + localeQuery(options), { headers, credentials: 'omit' });
    if (response.status === 304 && cached) return null;
    if (!response.ok) throw new Error(`guides request answered ${response.status}`);
    const live = parseGuides(await response.json(), logger);
    await options.store.set(options.cacheKey, { etag: response.headers.get('ETag'), ...live } satisfies CachedGuides);
    return live;
  } catch (error) {
    logger.warn('could not load guides, using the cached copy', error);
    return cached ? null : parseGuides(null);
  }
}

/**
 * Fetches the earlier versions that users in the middle of a guide keep following. A published
 * version never changes, so each is stored once and read from the store afterwards; one that
 * cannot be had (offline, no longer live) is left out, and the live version applies.
 */
export async function loadPinnedVersions(options: LoadGuidesOptions, pins: readonly PinnedVersion[]): Promise<PublishedGuide[]> {
  const base = options.apiUrl.replace(/\/+$/, '');
  const found = await Promise.all(
    pins.map(async ({ guideId, version }) => {
      const query = localeQuery(options);
      // Stored per language: a user who switches language sees the version they are in, in the new one.
      const key = `${options.cacheKey}:${guideId}:${version}${query}`;
      try {
        const stored = await options.store.get<unknown>(key);
        if (isPublishedGuide(stored)) return stored;
        const url = `${base}/sdk/v1/guides/${encodeURIComponent(guideId)}/versions/${version}?key=${encodeURIComponent(options.projectKey)}${query}`;
        const response = await options.fetch(url, { credentials: 'omit' });
        if (!response.ok) return null;
        const guide: unknown = await response.json();
        if (!isPublishedGuide(guide) || guide.id !== guideId || guide.version !== version) return null;
        await options.store.set(key, guide);
        return guide;
      } catch (error) {
        options.logger.warn('could not load the guide version in progress', error);
        return null;
      }
    }),
  );
  return found.filter((guide): guide is PublishedGuide => guide !== null);
}

/** The user's progress in the project's live checklists (null when the server could not say); `user` is their user key. */
export async function loadChecklistProgress(options: Pick<LoadGuidesOptions, 'apiUrl' | 'projectKey' | 'fetch'>, user: string): Promise<ChecklistProgress[] | null> {
  const url = `${options.apiUrl.replace(/\/+$/, '')}/sdk/v1/checklists/progress?key=${encodeURIComponent(options.projectKey)}&user=${encodeURIComponent(user)}`;
  try {
    const response = await options.fetch(url, { credentials: 'omit' });
    const list = response.ok ? ((await response.json()) as { checklists?: unknown }).checklists : null;
    return Array.isArray(list) ? list.filter((entry: Partial<ChecklistProgress>) => typeof entry?.guideId === 'string' && typeof entry.tasks === 'object' && entry.tasks) : null;
  } catch {
    return null;
  }
}
