// Every event our elements fire, in one typed map: the public `dam-*` events (bubbling, composed) and the
// internal coordination events between the child elements and <dam-picker> (bubbling, not composed).
// `DamElement.emit()` and `damEvent()` check a name and its detail against this map.
import type { DamErrorCode } from '../api/errors.js';
import type { DamAsset } from '../api/types.js';
import type { GridAssetDetail, GridLoadMoreDetail, GridRangeDetail } from '../components/dam-asset-grid/dam-asset-grid.types.js';
import type { AltChangeDetail, DetailsCloseDetail, DetailsStepDetail } from '../components/dam-asset-details/dam-asset-details.types.js';
import type { FacetChangeDetail } from '../components/dam-facet-list/dam-facet-list.types.js';
import type { FolderSelectDetail } from '../components/dam-folder-tree/dam-folder-tree.types.js';
import type { SearchChangeDetail } from '../components/dam-search-box/dam-search-box.types.js';
import type {
  UploadCompleteDetail,
  UploadFailedDetail,
  UploadRejectedDetail,
  UploadRenamedDetail,
} from '../components/dam-upload-dropzone/dam-upload-dropzone.types.js';

export const DAM_SELECT = 'dam-select';
export const DAM_CANCEL = 'dam-cancel';
export const DAM_ERROR = 'dam-error';

export interface DamSelectDetail {
  assets: DamAsset[];
}
/** Nothing: the user dismissed the picker. */
export type DamCancelDetail = Record<string, never>;
export interface DamUploadDetail {
  asset: DamAsset;
}
export interface DamErrorDetail {
  /** A `DamErrorCode`, or `error` for a failure that is not a DamError. */
  code: DamErrorCode | 'error';
  message: string;
  status?: number;
}

/** The public events, for hosts: they bubble and cross shadow roots. */
interface DamPublicEventMap {
  'dam-select': DamSelectDetail;
  'dam-cancel': DamCancelDetail;
  'dam-upload': DamUploadDetail;
  'dam-error': DamErrorDetail;
}

/** What the child elements tell <dam-picker>: they bubble inside its shadow root and stop there. */
interface DamInternalEventMap {
  'grid-toggle': GridAssetDetail;
  'grid-toggle-blocked': GridAssetDetail;
  'grid-activate': GridAssetDetail;
  'grid-load-more': GridLoadMoreDetail;
  'grid-details': GridAssetDetail;
  'details-close': DetailsCloseDetail;
  'details-step': DetailsStepDetail;
  'details-toggle': GridAssetDetail;
  'details-insert': GridAssetDetail;
  'alt-change': AltChangeDetail;
  'recents-select': Record<string, never>;
  'grid-range': GridRangeDetail;
  'search-change': SearchChangeDetail;
  'facet-change': FacetChangeDetail;
  'folder-select': FolderSelectDetail;
  'upload-complete': UploadCompleteDetail;
  'upload-failed': UploadFailedDetail;
  'upload-renamed': UploadRenamedDetail;
  'upload-rejected': UploadRejectedDetail;
}

/** Every event name any of our elements fires, with its detail type. */
export interface DamEventMap extends DamPublicEventMap, DamInternalEventMap {}
export type DamEventName = keyof DamEventMap;

/** Whether each event crosses shadow roots: listed per name, so a new event has to say. */
const COMPOSED: { readonly [K in DamEventName]: K extends keyof DamPublicEventMap ? true : false } = {
  'dam-select': true,
  'dam-cancel': true,
  'dam-upload': true,
  'dam-error': true,
  'grid-toggle': false,
  'grid-toggle-blocked': false,
  'grid-activate': false,
  'grid-load-more': false,
  'grid-details': false,
  'details-close': false,
  'details-step': false,
  'details-toggle': false,
  'details-insert': false,
  'alt-change': false,
  'recents-select': false,
  'grid-range': false,
  'search-change': false,
  'facet-change': false,
  'folder-select': false,
  'upload-complete': false,
  'upload-failed': false,
  'upload-renamed': false,
  'upload-rejected': false,
};

/** The event `name` with its detail: bubbling; composed when it is public. */
export function damEvent<K extends DamEventName>(name: K, detail: DamEventMap[K]): CustomEvent<DamEventMap[K]> {
  return new CustomEvent(name, { detail, bubbles: true, composed: COMPOSED[name] });
}

declare global {
  interface HTMLElementEventMap {
    'dam-select': CustomEvent<DamSelectDetail>;
    'dam-cancel': CustomEvent<DamCancelDetail>;
    'dam-upload': CustomEvent<DamUploadDetail>;
    'dam-error': CustomEvent<DamErrorDetail>;
  }
}
