// POST /saveMetadata: the fixed fields (title, dates, status) and custom metaset fields of an asset,
// with the documented schema's keys and types only.

import { envelope, GUID_PATTERN } from './http.js';
import { readDocumentedBody } from './request-body.js';
import type { RouteRequest } from './routes.js';
import { applyMetadata, findTitleClash, suggestTitle, type MetadataEdits } from './upload-metadata.js';
import { pendingAssets, type UploadState } from './upload-state.js';
import { argumentError, refused, success } from './upload-http.js';

/** The schema the documentation gives for the body ("where 'assetGuid' is the only mandatory field"). */
const SAVE_METADATA_BODY = {
  assetGuid: { names: ['assetGuid'], type: 'string' },
  assetPublishDate: { names: ['assetPublishDate'], type: 'string' },
  assetExpiryDate: { names: ['assetExpiryDate'], type: 'string' },
  assetStatus: { names: ['assetStatus'], type: 'integer' },
  assetTitle: { names: ['assetTitle'], type: 'string' },
  assetVersion: { names: ['assetVersion'], type: 'integer' },
  languageCode: { names: ['languageCode'], type: 'string' },
  metadata: { names: ['metadata'], type: 'object' },
  metasetRef: { names: ['metasetRef'], type: 'string' },
} as const;

export async function saveMetadata(state: UploadState, req: RouteRequest): Promise<Response> {
  const { data } = state;
  const fail = (cause: string) => argumentError(req, 'saveMetadata', cause);
  const read = await readDocumentedBody(req, 'saveMetadata', SAVE_METADATA_BODY, 'status');
  if (!read.ok) return read.response;
  const { assetGuid, assetTitle: title, assetStatus: status, metadata } = read.values;
  if (typeof assetGuid !== 'string' || !GUID_PATTERN.test(assetGuid)) return fail('assetGuid is required');
  const asset = state.imported.get(assetGuid.toLowerCase())?.imported?.asset ?? data.assetByGuid(assetGuid);
  if (!asset) return fail(`Unknown assetGuid '${assetGuid}'`);
  const pending = pendingAssets(state);

  if (typeof title === 'string') {
    if (title.trim() === '') return refused(1, 'The title can not be empty.');
    if (findTitleClash(data, pending, asset, title.trim())) {
      const { title: suggestion } = suggestTitle(data, pending, asset.categoryGUID, title.trim());
      return envelope({ result: { status: 1, message: 'Another asset in this folder already has this title.' }, data: { suggestion } }, 400);
    }
  }
  if (status !== undefined && status !== 0 && status !== 1 && status !== 2) return fail('assetStatus must be 0, 1 or 2');
  const edits: MetadataEdits = {};
  if (typeof title === 'string') edits.title = title.trim();
  if (metadata !== undefined) edits.metadata = metadata as Record<string, unknown>;
  const outcome = applyMetadata(data.metadataFields, asset, edits, state.imported.has(asset.guid) ? undefined : state.edited);
  if (outcome.kind === 'unknown-field') return fail(`Unknown metadata field '${outcome.name}'`);
  if (outcome.kind === 'invalid-option') {
    return envelope(
      {
        result: { status: 4, message: 'Configuration error' },
        data: {
          dateTime: new Date().toISOString(),
          rootCause: `'${outcome.value}' is not an option of ${outcome.name}`,
          endpointName: 'saveMetadata',
          method: 'post',
        },
      },
      500,
    );
  }
  return success({ assetGuid: asset.guid, assetTitle: asset.title });
}
