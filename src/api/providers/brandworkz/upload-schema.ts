// Brandworkz v1.6 upload response shapes (/createUploadPath, /assemble, /importAsset,
// /saveMetadata), checked at the boundary. Numbers may arrive as numeric strings.
import * as v from 'valibot';

/** Upload endpoints report `result.status`; accept `code` too. */
const UploadResultSchema = v.looseObject({
  status: v.optional(v.number()),
  code: v.optional(v.number()),
  message: v.optional(v.string()),
});

const Count = v.union([v.pipe(v.number(), v.integer(), v.minValue(0)), v.pipe(v.string(), v.regex(/^\d+$/), v.transform(Number))]);
const Url = v.pipe(v.string(), v.url());

const MultipartDetailsSchema = v.looseObject({
  type: v.optional(v.string()),
  uploadId: v.pipe(v.string(), v.minLength(1)),
  urls: v.pipe(v.array(Url), v.minLength(1)),
  mainChunkSize: Count,
  finalChunkSize: Count,
  chunkNo: Count,
});

const SingleDetailsSchema = v.looseObject({
  type: v.optional(v.string()),
  url: Url,
});

export const CreateUploadPathResponseSchema = v.looseObject({
  result: v.optional(UploadResultSchema),
  data: v.looseObject({
    categoryGuid: v.optional(v.string()),
    assetId: v.union([v.number(), v.string()]),
    assetVersion: v.union([v.number(), v.string()]),
    /** The docs write `keyName` in responses and `data.keyname` in prose. */
    keyName: v.optional(v.string()),
    keyname: v.optional(v.string()),
    uploadDetails: v.union([MultipartDetailsSchema, SingleDetailsSchema]),
  }),
});

/** Only the envelope: the body of a refusal may have no `data`. */
export const EnvelopeSchema = v.looseObject({
  result: v.optional(UploadResultSchema),
  data: v.optional(v.record(v.string(), v.unknown())),
});

export const ImportDataSchema = v.looseObject({
  assetGuid: v.pipe(v.string(), v.minLength(1)),
  assetTitle: v.optional(v.string()),
});

export type MultipartDetails = v.InferOutput<typeof MultipartDetailsSchema>;
export type SingleDetails = v.InferOutput<typeof SingleDetailsSchema>;

export function isMultipart(details: MultipartDetails | SingleDetails): details is MultipartDetails {
  return Array.isArray((details as { urls?: unknown }).urls);
}
export type UploadResult = v.InferOutput<typeof UploadResultSchema>;
