import type { Guide, GuidePatch } from '@shirube/schema';

/** A refused or failed save, with a message meant for the author. */
export interface BuilderApiError extends Error {
  status: number;
  code: string;
}

function apiError(status: number, code: string, message: string): BuilderApiError {
  return Object.assign(new Error(message), { status, code });
}

/** Whether a save failed with a message for the author (rather than a bug). */
export const isBuilderApiError = (error: unknown): error is BuilderApiError => error instanceof Error && typeof (error as BuilderApiError).code === 'string';

/** Saves the draft through `PATCH /sdk/v1/builder/guide`; resolves with what the server stored. */
export async function saveDraft(fetchFn: typeof fetch, apiUrl: string, builderToken: string, patch: Omit<GuidePatch, 'status'>): Promise<Guide> {
  let response: Response;
  try {
    response = await fetchFn(`${apiUrl}/sdk/v1/builder/guide`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `Builder ${builderToken}` },
      body: JSON.stringify(patch),
      credentials: 'omit',
    });
  } catch {
    throw apiError(0, 'network', 'Could not reach the Shirube server. Check your connection and save again.');
  }
  const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | Guide | null;
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
    if (response.status === 401) throw apiError(401, 'expired', 'This builder session has expired. Open the builder again from the console; your edits here are not saved.');
    throw apiError(response.status, error?.code ?? 'error', error?.message ?? `The server answered ${response.status}.`);
  }
  return body as Guide;
}

/**
 * Tells the console window that opened the builder that the draft changed. The message goes to
 * exactly the console's origin (never `*`), and not at all when that origin is not a valid one.
 */
export function notifySaved(opener: Pick<Window, 'postMessage'> | null | undefined, consoleOrigin: string, guideId: string): boolean {
  if (!opener) return false;
  let origin: string;
  try {
    origin = new URL(consoleOrigin).origin;
  } catch {
    return false;
  }
  if (origin !== consoleOrigin || origin === 'null') return false;
  try {
    opener.postMessage({ type: 'shirube:builder-saved', guideId }, consoleOrigin);
    return true;
  } catch {
    return false;
  }
}
