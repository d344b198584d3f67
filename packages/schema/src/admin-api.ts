import * as v from 'valibot';
import { GuideSchema } from './guide.js';
import { AudienceSchema } from './targeting.js';

/*
 * Answers of the admin API (`/api/v1`) that are not stored shapes of their own. The server types
 * its answers with them and the OpenAPI document shows them, so the two cannot drift apart.
 */

/** `GET /guides`. */
export const GuideListSchema = v.object({ guides: v.array(GuideSchema) });

/** A member named on a record; null when it was the secret key or the member was removed. */
export const UserRefSchema = v.nullable(v.object({ id: v.string(), name: v.string() }));

/** One published version of a guide, as `GET /guides/{id}/versions` lists it. */
export const GuideVersionSummarySchema = v.object({
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  name: v.string(),
  stepCount: v.pipe(v.number(), v.integer(), v.minValue(0), v.description('Steps; for a checklist, its tasks.')),
  publishedAt: v.pipe(v.string(), v.description('ISO 8601 time.')),
  publishedBy: v.pipe(UserRefSchema, v.description('The member who published it; null for the secret key.')),
});

/** `GET /guides/{id}/versions`, newest first. */
export const GuideVersionListSchema = v.object({ versions: v.array(GuideVersionSummarySchema) });

/** A saved segment with the guides that use it. */
export const SegmentSchema = v.object({
  id: v.string(),
  name: v.string(),
  audience: AudienceSchema,
  usedBy: v.pipe(v.array(v.string()), v.description('Names of the guides whose draft or live version refers to it.')),
  createdAt: v.string(),
  updatedAt: v.string(),
});

/** `GET /segments`. */
export const SegmentListSchema = v.object({ segments: v.array(SegmentSchema) });

/** The project as the admin API shows it. */
export const ProjectSettingsSchema = v.object({
  id: v.string(),
  name: v.string(),
  publicKey: v.pipe(v.string(), v.description('The key the SDK script tag carries.')),
  sdkOrigins: v.pipe(v.array(v.string()), v.description('Origin patterns whose pages may use the public key; empty means any.')),
});

/** `POST /guides/{id}/publish`: the guide and the number of the version just published. */
export const PublishResultSchema = v.object({ guide: GuideSchema, version: v.pipe(v.number(), v.integer(), v.minValue(1)) });
