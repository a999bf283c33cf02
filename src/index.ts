// The package entry: registers the elements, finishes a sign-in popup that
// returns to this page, and exports the public classes and types.
import './define.js';
import { completeSignInPopup } from './api/auth.js';

export { DamPicker } from './components/dam-picker/dam-picker.js';
export { DamAssetGrid } from './components/dam-asset-grid/dam-asset-grid.js';
export { DamSearchBox } from './components/dam-search-box/dam-search-box.js';
export { DamError, type DamErrorCode } from './api/errors.js';
export type { AssetKind, DamAsset, DamFolder, ProviderName } from './api/types.js';
export type { DamCancelDetail, DamErrorDetail, DamSelectDetail, DamUploadDetail } from './components/dam-picker/dam-picker.events.js';

/** The package version, also used in postMessage protocol messages. */
export const version = '0.1.0';

void completeSignInPopup().catch((error: unknown) => console.error('[dam-picker] could not complete sign-in:', error));
