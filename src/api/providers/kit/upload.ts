// What both providers' uploaders share: how they reach the DAM, the provider's metadata method, and
// looking an imported asset up once (thumbnail, web URL) without failing the upload when search has not caught up.
import { isAbortError } from '../../errors.js';
import type { DamAsset, DamProvider } from '../../types.js';
import type { DamUploader } from '../../upload/types.js';
import type { ProviderHttpOptions } from './http.js';

/** Looks an asset up by id; `undefined` while the DAM has not indexed it. */
export type AssetLookup = (id: string, signal?: AbortSignal) => Promise<DamAsset | undefined>;

/** What an uploader needs from its provider besides where the API is. */
export interface UploaderApi extends ProviderHttpOptions {
  lookup?: AssetLookup | undefined;
  /** The provider's `updateMetadata`: uploaders pass it on as `DamUploader.updateMetadata`, never implement their own. */
  updateMetadata: DamUploader['updateMetadata'];
}

/** The provider's HTTP options, `getAssets` as the look-up after an import, and its `updateMetadata`. */
export function uploaderApi(
  provider: Pick<DamProvider, 'getAssets'> & Required<Pick<DamProvider, 'updateMetadata'>>,
  options: ProviderHttpOptions,
): UploaderApi {
  return {
    tokens: options.tokens,
    fetch: options.fetch,
    retry: options.retry,
    lookup: async (id, signal) => (await provider.getAssets([id], signal))[0],
    updateMetadata: (assetId, update, signal) => provider.updateMetadata(assetId, update, signal),
  };
}

/**
 * An uploader whose protocol code is a chunk of its own (`load`), so that a picker without upload never fetches
 * it. The load starts at once (a provider creates its uploader only when uploads are on, beside the upload
 * engine's chunk); a failed load is tried again at the next upload.
 */
export function lazyUploader(
  load: () => Promise<DamUploader>,
  updateMetadata: DamUploader['updateMetadata'],
  /** The uploader offers destinations (`DamUploader.destinations`). */
  withDestinations = false,
): DamUploader {
  let loading: Promise<DamUploader> | undefined;
  const uploader = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  void uploader().catch(() => undefined);
  return {
    begin: async (file, target, signal) => (await uploader()).begin(file, target, signal),
    updateMetadata,
    ...(withDestinations ? { destinations: async (signal?: AbortSignal) => (await uploader()).destinations?.(signal) ?? [] } : {}),
  };
}

/**
 * The imported asset as search knows it, or `undefined`: when there is no look-up, when the DAM has
 * not indexed it yet, or when the look-up fails (the import's own answer is enough). An abort is thrown.
 */
export async function lookUpImported(lookup: AssetLookup | undefined, id: string, signal: AbortSignal): Promise<DamAsset | undefined> {
  if (!lookup) return undefined;
  try {
    return await lookup(id, signal);
  } catch (error) {
    if (isAbortError(error)) throw error;
    return undefined;
  }
}
