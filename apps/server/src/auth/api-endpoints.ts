import { SEGMENT, type Fixture } from '../console/console-endpoints.js';
import { event, sampleGuide } from '../test-support.js';

/*
 * Test-only: every non-console route of the app with each kind of caller, for permissions.test.ts.
 * The admin API's callers are keys, the builder's a builder token from a project's origin, the
 * SDK's the public key; a few routes are public on purpose.
 */

/** The shared fixture, plus a fresh builder link (grant) and builder token on its guide. */
export type FixtureWithBuilder = Fixture & { grant(): Promise<string>; builderToken(): Promise<string> };

/** A kind of caller: the headers (credentials, origin) its requests carry. */
export type Caller = (f: FixtureWithBuilder) => Promise<Record<string, string>> | Record<string, string>;

/** A route and the status each kind of caller gets. */
export interface ApiEndpoint<C extends string> {
  method: string;
  /** The route as registered (full path), checked against the app's routes. */
  route: string;
  path(f: Fixture): string;
  body?(f: FixtureWithBuilder): unknown;
  expect: Record<C, number>;
}

/**
 * Admin API (`/api/v1`) callers: no key, a public key, another project's secret key, the project's
 * secret key, and personal API tokens of a viewer and an editor naming the project.
 */
export type AdminCaller = 'anonymous' | 'public key' | 'other project' | 'secret key' | 'viewer token' | 'editor token';

/** A fresh personal API token of `who`, made in the console, with the project header. */
const tokenOf = (who: 'viewer' | 'editor') => async (f: FixtureWithBuilder) => {
  const res = await f.t.call(f.t[who], 'POST', '/api-tokens', { name: `${who} script` });
  const { token } = (await res.json()) as { token: string };
  return { authorization: `Bearer ${token}`, 'shirube-project': f.projectId };
};

export const ADMIN_CALLERS: Record<AdminCaller, Caller> = {
  anonymous: () => ({}),
  'public key': (f) => ({ authorization: `Bearer ${f.t.project.project.publicKey}` }),
  'other project': (f) => ({ authorization: `Bearer ${f.t.other.secretKey}` }),
  'secret key': (f) => ({ authorization: `Bearer ${f.t.project.secretKey}` }),
  'viewer token': tokenOf('viewer'),
  'editor token': tokenOf('editor'),
};

const V1 = '/api/v1';
type Needs = 'viewer' | 'editor' | 'owner';
/** What a member's token gets on a route needing `needs`. */
const tokens = (ok: number, needs: Needs) => ({ 'viewer token': needs === 'viewer' ? ok : 403, 'editor token': needs === 'owner' ? 403 : ok });
/** A route of the project's own objects: another project's key finds nothing (404). */
const own = (ok: number, needs: Needs = 'viewer') => ({ anonymous: 401, 'public key': 403, 'other project': 404, 'secret key': ok, ...tokens(ok, needs) });
/** A project-wide route: another project's key gets its own project's answer. */
const any = (ok: number, needs: Needs = 'viewer') => ({ anonymous: 401, 'public key': 403, 'other project': ok, 'secret key': ok, ...tokens(ok, needs) });
const guide = (f: Fixture) => `${V1}/guides/${f.guideId}`;
const segment = (f: Fixture) => `${V1}/segments/${f.segmentId}`;

export const ADMIN_ENDPOINTS: ApiEndpoint<AdminCaller>[] = [
  { method: 'POST', route: `${V1}/guides`, path: () => `${V1}/guides`, body: () => sampleGuide('Another'), expect: any(201, 'editor') },
  { method: 'GET', route: `${V1}/guides`, path: () => `${V1}/guides`, expect: any(200) },
  { method: 'GET', route: `${V1}/guides/live`, path: () => `${V1}/guides/live`, expect: any(200) },
  { method: 'GET', route: `${V1}/guides/:id`, path: guide, expect: own(200) },
  { method: 'PATCH', route: `${V1}/guides/:id`, path: guide, body: () => ({ name: 'Renamed' }), expect: own(200, 'editor') },
  { method: 'DELETE', route: `${V1}/guides/:id`, path: guide, expect: own(204, 'editor') },
  { method: 'POST', route: `${V1}/guides/:id/publish`, path: (f) => `${guide(f)}/publish`, expect: own(200, 'editor') },
  { method: 'GET', route: `${V1}/guides/:id/versions`, path: (f) => `${guide(f)}/versions`, expect: own(200) },
  { method: 'GET', route: `${V1}/guides/:id/funnel`, path: (f) => `${guide(f)}/funnel`, expect: own(200) },
  { method: 'GET', route: `${V1}/guides/:id/funnel.csv`, path: (f) => `${guide(f)}/funnel.csv`, expect: own(200) },
  { method: 'GET', route: `${V1}/guides/:id/split`, path: (f) => `${guide(f)}/split`, expect: own(200) },
  { method: 'GET', route: `${V1}/project`, path: () => `${V1}/project`, expect: any(200) },
  { method: 'PATCH', route: `${V1}/project`, path: () => `${V1}/project`, body: () => ({ sdkOrigins: ['https://app.example.com'] }), expect: any(200, 'owner') },
  { method: 'GET', route: `${V1}/segments`, path: () => `${V1}/segments`, expect: any(200) },
  { method: 'POST', route: `${V1}/segments`, path: () => `${V1}/segments`, body: () => ({ ...SEGMENT, name: 'Another' }), expect: any(201, 'editor') },
  { method: 'GET', route: `${V1}/segments/:id`, path: segment, expect: own(200) },
  { method: 'PUT', route: `${V1}/segments/:id`, path: segment, body: () => ({ ...SEGMENT, name: 'Renamed' }), expect: own(200, 'editor') },
  { method: 'DELETE', route: `${V1}/segments/:id`, path: segment, expect: own(204, 'editor') },
  { method: 'GET', route: `${V1}/analytics/stuck-points`, path: () => `${V1}/analytics/stuck-points`, expect: any(200) },
  { method: 'GET', route: `${V1}/analytics/accounts`, path: () => `${V1}/analytics/accounts?sort=stalledUsers`, expect: any(200) },
  { method: 'GET', route: `${V1}/analytics/filters`, path: () => `${V1}/analytics/filters`, expect: any(200) },
  { method: 'GET', route: `${V1}/analytics/track-events`, path: () => `${V1}/analytics/track-events`, expect: any(200) },
  { method: 'GET', route: `${V1}/help-searches`, path: () => `${V1}/help-searches?from=2026-11-01&to=2026-11-30&tz=Asia/Tokyo`, expect: any(200) },
  { method: 'GET', route: `${V1}/audit-log`, path: () => `${V1}/audit-log`, expect: any(200, 'owner') },
];

/** The builder's callers: nothing, valid credentials from an origin the project does not allow, the same from the project's origin. */
export type BuilderCaller = 'anonymous' | 'foreign origin' | 'builder';

const APP_ORIGIN = 'https://app.example.com';
const B = '/sdk/v1/builder';
/** A builder token for its requests, and the public key the link exchange needs. */
const builderAuth = (origin: string) => async (f: FixtureWithBuilder) => ({
  origin,
  authorization: `Builder ${await f.builderToken()}`,
  'x-shirube-key': f.t.project.project.publicKey,
});

export const BUILDER_CALLERS: Record<BuilderCaller, Caller> = {
  anonymous: () => ({ origin: APP_ORIGIN }),
  'foreign origin': builderAuth('https://evil.example.net'),
  builder: builderAuth(APP_ORIGIN),
};

const builder = (ok: number) => ({ anonymous: 401, 'foreign origin': 403, builder: ok });

export const BUILDER_ENDPOINTS: ApiEndpoint<BuilderCaller>[] = [
  { method: 'POST', route: `${B}/session`, path: () => `${B}/session`, body: async (f) => ({ token: await f.grant() }), expect: builder(200) },
  { method: 'GET', route: `${B}/guide`, path: () => `${B}/guide`, expect: builder(200) },
  { method: 'PATCH', route: `${B}/guide`, path: () => `${B}/guide`, body: () => ({ name: 'From the builder' }), expect: builder(200) },
];

/** SDK callers: no key, a secret key where the public key belongs, the public key. */
export type SdkCaller = 'anonymous' | 'secret key' | 'public key';

export const SDK_CALLERS: Record<SdkCaller, Caller> = {
  anonymous: () => ({}),
  'secret key': (f) => ({ 'x-shirube-key': f.t.project.secretKey }),
  'public key': (f) => ({ 'x-shirube-key': f.t.project.project.publicKey }),
};

const sdk = (ok: number) => ({ anonymous: 401, 'secret key': 403, 'public key': ok });

export const SDK_ENDPOINTS: ApiEndpoint<SdkCaller>[] = [
  { method: 'GET', route: '/sdk/v1/guides', path: () => '/sdk/v1/guides', expect: sdk(200) },
  { method: 'GET', route: '/sdk/v1/guides/:id/versions/:version', path: (f) => `/sdk/v1/guides/${f.guideId}/versions/1`, expect: sdk(200) },
  { method: 'POST', route: '/sdk/v1/events', path: () => '/sdk/v1/events', body: () => ({ sentAt: Date.now(), events: [event({ type: 'track', name: 'report_submitted' })] }), expect: sdk(202) },
  { method: 'GET', route: '/sdk/v1/checklists/progress', path: () => '/sdk/v1/checklists/progress?user=u1', expect: sdk(200) },
];

/** Routes anyone may call, and why. */
export const PUBLIC_ROUTES: Record<string, string> = {
  'GET /api/v1/openapi.json': 'the admin API reference as OpenAPI 3.1; describes routes, holds no data',
  'GET /api/docs': 'the same reference as a page',
  'GET /health': 'liveness probe; answers { ok: true } only',
  'GET /sdk/:file': 'the SDK script files every customer page loads',
  'GET /*': 'the console page; its API calls need a session',
};
