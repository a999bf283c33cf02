// Brandworkz v1.6 response shapes, checked at the boundary with valibot.
// Only what the adapter relies on is required; everything else passes through.
import * as v from 'valibot';
import { AnyObjectSchema } from '../kit/validate.js';

/** `{ result: { code | status, message } }`: search uses `code`, upload endpoints `status`. */
const ResultSchema = v.looseObject({
  code: v.optional(v.number()),
  status: v.optional(v.number()),
  message: v.optional(v.string()),
});

export const ApiUrlResponseSchema = v.looseObject({
  result: v.optional(ResultSchema),
  data: v.looseObject({
    api_url: v.pipe(v.string(), v.url()),
    client_id: v.pipe(v.string(), v.minLength(1)),
    version: v.union([v.string(), v.number()]),
  }),
});

const HitSchema = v.looseObject({
  _id: v.pipe(v.string(), v.minLength(1)),
  _type: v.optional(v.string()),
  _source: v.optional(AnyObjectSchema, {}),
});

/** Elastic 6 sends a number; Elastic 7+ `{ value, relation }`. */
const TotalSchema = v.union([v.number(), v.looseObject({ value: v.number() })]);

export const SimpleSearchResponseSchema = v.looseObject({
  result: v.optional(ResultSchema),
  searchResult: v.looseObject({
    total: TotalSchema,
    hits: v.array(HitSchema),
  }),
});

const PathEntrySchema = v.looseObject({
  categoryGuid: v.pipe(v.string(), v.minLength(1)),
  name: v.optional(v.string()),
  assetType: v.optional(v.string()),
});

export const CategoryInfoResponseSchema = v.looseObject({
  result: v.optional(ResultSchema),
  data: v.looseObject({
    categoryGuid: v.pipe(v.string(), v.minLength(1)),
    // Not in the documentation; the emulator sends them, a real site may not.
    name: v.optional(v.nullable(v.string())),
    assetType: v.optional(v.nullable(v.string())),
    path: v.optional(v.nullable(v.array(PathEntrySchema))),
  }),
});

/** Elastic's `hits` object (`{ total, hits }`), or a bare hits array with `total` beside it. */
const NativeResultSchema = v.looseObject({
  hits: v.union([v.looseObject({ total: TotalSchema, hits: v.array(HitSchema) }), v.array(HitSchema)]),
  total: v.optional(TotalSchema),
  aggregations: v.optional(v.record(v.string(), v.unknown())),
});

/** /search: the format is not public; the Elastic response inside the Brandworkz envelope (`searchResult`, or `data`). */
export const NativeSearchResponseSchema = v.looseObject({
  result: v.optional(ResultSchema),
  searchResult: v.optional(NativeResultSchema),
  data: v.optional(NativeResultSchema),
});

export type BrandworkzHit = v.InferOutput<typeof HitSchema>;
