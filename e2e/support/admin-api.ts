import type { Guide, GuideInput, GuidePatch, SegmentInput } from '@shirube/schema';
import type { Funnel } from '@shirube/server';

/** A small client for the admin REST API, authenticated with a project's secret key. */
export function adminApi(serverUrl: string, secretKey: string) {
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${serverUrl}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} -> ${res.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }
  return {
    createGuide: (input: GuideInput) => call<Guide>('POST', '/guides', input),
    guide: (guideId: string) => call<Guide>('GET', `/guides/${guideId}`),
    updateGuide: (guideId: string, patch: GuidePatch) => call<Guide>('PATCH', `/guides/${guideId}`, patch),
    publish: (guideId: string) => call<{ guide: Guide; version: number }>('POST', `/guides/${guideId}/publish`),
    createSegment: (input: SegmentInput) => call<{ id: string }>('POST', '/segments', input),
    updateSegment: (segmentId: string, input: SegmentInput) => call<{ id: string }>('PUT', `/segments/${segmentId}`, input),
    /** The project's SDK origins: the pages allowed to use its public key (empty = any). */
    setSdkOrigins: (sdkOrigins: string[]) => call<{ sdkOrigins: string[] }>('PATCH', '/project', { sdkOrigins }),
    funnel: (guideId: string, version?: number) =>
      call<Funnel>('GET', `/guides/${guideId}/funnel${version ? `?version=${version}` : ''}`),
  };
}
