// The package entry: registers the elements, finishes a sign-in popup that
// returns to this page, and exports the public classes and types. What a session may not need (each
// provider, upload, the folder tree, the facets, the dialog) comes as chunks through dynamic import(), so
// bundlers split it too; those elements' classes are exported as types (the tags are defined on demand:
// `await customElements.whenDefined('dam-folder-tree')` gives the class).
// First of all: a sign-in answer (`?code=&state=`) leaves the address before any other code runs.
import './browser/sign-in-callback.js';
import './elements.js';
import { completeSignInPopup } from './browser/sign-in-window.js';

export { DamPicker } from './components/dam-picker/dam-picker.js';
export { DamAssetGrid } from './components/dam-asset-grid/dam-asset-grid.js';
export { DamSearchBox } from './components/dam-search-box/dam-search-box.js';
export { DamBreadcrumb } from './components/dam-breadcrumb/dam-breadcrumb.js';
export type { DamFolderTree } from './components/dam-folder-tree/dam-folder-tree.js';
export type { DamFacetList } from './components/dam-facet-list/dam-facet-list.js';
export type { DamUploadDropzone } from './components/dam-upload-dropzone/dam-upload-dropzone.js';
export type { DamPickerDialog } from './components/dam-picker-dialog/dam-picker-dialog.js';
export { open } from './embed/lazy-embed.js';
export { preload, type PreloadOptions } from './embed/preload.js';
export { setStrings, type DamLocale, type DamStrings } from './locales/localization.js';
export { openWindow, type OpenWindowOptions } from './embed/open-window.js';
export type { PageOptions, PickerOptions } from './embed/options.js';
export type { PickerMessage } from './embed/protocol.js';
export type { UploadEngine, UploadEngineOptions } from './api/upload/upload-engine.js';
export { loadUploadEngine } from './api/upload/load.js';
export type { DamUploader, UploadItem, UploadSession } from './api/upload/types.js';
export { DamError, type DamErrorCode } from './api/errors.js';
export type {
  AssetKind,
  AssetStatus,
  DamAsset,
  DamFolder,
  FacetGroup,
  FacetOption,
  FacetResult,
  FocalPoint,
  FolderScope,
  ProviderName,
  SortOrder,
} from './api/types.js';
export { FACET_ASSET_TYPE, FACET_FILE_TYPE } from './api/filters.js';
export type { DamCancelDetail, DamErrorDetail, DamSelectDetail, DamUploadDetail } from './components/dam-picker/dam-picker.events.js';

export { version } from './version.js';

void completeSignInPopup().catch((error: unknown) => console.error('[dam-picker] could not complete sign-in:', error));
