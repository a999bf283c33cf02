// Bynder API v4 response shapes, checked at the boundary with valibot. Only what the adapter relies
// on is required; everything else passes through. Flags come as 0/1 on some portals and records,
// booleans on others: `FlagSchema` reads both.
import * as v from 'valibot';
import { AnyObjectSchema } from '../kit/validate.js';

/** `0`/`1`, `'0'`/`'1'` or a boolean: validated here, read with `flag()` (the record stays as sent). */
const FlagSchema = v.union([v.boolean(), v.picklist([0, 1]), v.picklist(['0', '1', 'true', 'false'])]);

/** A flag as a boolean, whichever way the portal sent it. */
export const flag = (value: unknown): boolean => value === true || value === 1 || value === '1' || value === 'true';

export const MediaSchema = v.looseObject({
  id: v.pipe(v.string(), v.minLength(1)),
  name: v.optional(v.nullable(v.string())),
  description: v.optional(v.nullable(v.string())),
  type: v.optional(v.nullable(v.string())),
  extension: v.optional(v.nullable(v.array(v.string()))),
  thumbnails: v.optional(v.nullable(v.record(v.string(), v.unknown()))),
  width: v.optional(v.nullable(v.union([v.number(), v.string()]))),
  height: v.optional(v.nullable(v.union([v.number(), v.string()]))),
  fileSize: v.optional(v.nullable(v.union([v.number(), v.string()]))),
  isPublic: v.optional(v.nullable(FlagSchema)),
  archive: v.optional(v.nullable(FlagSchema)),
  limited: v.optional(v.nullable(FlagSchema)),
  original: v.optional(v.nullable(v.string())),
  activeOriginalFocusPoint: v.optional(v.nullable(v.looseObject({ x: v.number(), y: v.number() }))),
  dateCreated: v.optional(v.nullable(v.string())),
  dateModified: v.optional(v.nullable(v.string())),
  datePublished: v.optional(v.nullable(v.string())),
  // Inferred, not in the SDKs' models: the date from which the asset is limited (its rights run out).
  limitedDate: v.optional(v.nullable(v.string())),
  copyright: v.optional(v.nullable(v.string())),
  tags: v.optional(v.nullable(v.array(v.string()))),
  // The C# SDK's `Media.VideoPreviewURLs`: a list of URLs.
  videoPreviewURLs: v.optional(v.nullable(v.array(v.string()))),
});

/**
 * `total=1`: `{ total: { count }, media }`; `count=1`: `{ count: { total, type: { image: n, … } }, media }`
 * (the JS SDK's getMediaTotal reads `count.total`); without either a bare array (accepted too).
 */
export const MediaListSchema = v.union([
  v.looseObject({ total: v.looseObject({ count: v.number() }), media: v.array(MediaSchema) }),
  v.looseObject({
    count: v.looseObject({ total: v.number(), type: v.optional(v.nullable(v.record(v.string(), v.number()))) }),
    media: v.array(MediaSchema),
  }),
  v.array(MediaSchema),
]);

export const CollectionSchema = v.looseObject({
  id: v.pipe(v.string(), v.minLength(1)),
  name: v.optional(v.nullable(v.string())),
});

/** `count=1`: `{ count, collections }`; a bare array accepted too. */
export const CollectionListSchema = v.union([v.looseObject({ count: v.number(), collections: v.array(CollectionSchema) }), v.array(CollectionSchema)]);

const MetapropertyOptionSchema = v.looseObject({
  id: v.pipe(v.string(), v.minLength(1)),
  name: v.optional(v.nullable(v.string())),
  label: v.optional(v.nullable(v.string())),
  displayLabel: v.optional(v.nullable(v.string())),
  mediaCount: v.optional(v.nullable(v.number())),
});

const MetapropertySchema = v.looseObject({
  id: v.pipe(v.string(), v.minLength(1)),
  name: v.optional(v.nullable(v.string())),
  label: v.optional(v.nullable(v.string())),
  isFilterable: v.optional(v.nullable(FlagSchema)),
  zindex: v.optional(v.nullable(v.number())),
  options: v.optional(v.nullable(v.array(MetapropertyOptionSchema))),
});

/** `/api/v4/metaproperties/`: an object keyed by metaproperty name (any name: see AnyObjectSchema), read as the list of its values. */
export const MetapropertiesSchema = v.pipe(
  AnyObjectSchema,
  v.transform((record) => Object.values(record)),
  v.array(MetapropertySchema),
);

const BrandSchema = v.looseObject({
  id: v.pipe(v.string(), v.minLength(1)),
  name: v.optional(v.nullable(v.string())),
});
export const BrandListSchema = v.array(BrandSchema);

/** The download operation (`/api/v4/media/{id}/download/`): `{ s3_file }`, a signed URL that expires (C# SDK: `DownloadFileUrl`). */
export const DownloadSchema = v.looseObject({ s3_file: v.pipe(v.string(), v.minLength(1)) });

export type BynderMediaItem = v.InferOutput<typeof MediaSchema>;
export type BynderMetaproperty = v.InferOutput<typeof MetapropertySchema>;
