// Event names and detail types of <dam-upload-dropzone>: internal coordination events (bubbling,
// not composed) that <dam-picker> turns into `dam-upload` and a selection.
import type { DamError } from '../../api/errors.js';
import type { DamAsset } from '../../api/types.js';
import type { FileRejection } from '../../api/upload/file-checks.js';
import type { UploadItem } from '../../api/upload/types.js';

/** A file was imported into the DAM. */
export const UPLOAD_COMPLETE = 'upload-complete';
/** A file's upload failed (the row shows why; retry may be offered). */
export const UPLOAD_FAILED = 'upload-failed';
/** The title of an imported asset was changed in place. */
export const UPLOAD_RENAMED = 'upload-renamed';
/** Files were refused before any request (type, size, empty, no folder). */
export const UPLOAD_REJECTED = 'upload-rejected';

export interface UploadCompleteDetail {
  item: UploadItem;
  asset: DamAsset;
}

export interface UploadFailedDetail {
  item: UploadItem;
  error: DamError;
}

export interface UploadRenamedDetail {
  item: UploadItem;
  asset: DamAsset;
}

export interface UploadRejectedDetail {
  rejections: FileRejection[];
}
