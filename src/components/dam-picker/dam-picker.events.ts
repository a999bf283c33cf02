// The picker's public events: names, detail types and the global event map,
// so TypeScript hosts get typed `addEventListener('dam-select', …)`.
import type { DamErrorCode } from '../../api/errors.js';
import type { DamAsset } from '../../api/types.js';

export const DAM_SELECT = 'dam-select';
export const DAM_CANCEL = 'dam-cancel';
export const DAM_UPLOAD = 'dam-upload';
export const DAM_ERROR = 'dam-error';

export interface DamSelectDetail {
  assets: DamAsset[];
}
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DamCancelDetail {}
export interface DamUploadDetail {
  asset: DamAsset;
}
export interface DamErrorDetail {
  code: DamErrorCode | string;
  message: string;
  status?: number;
}

/** Public events bubble and cross shadow roots. */
export function damEvent<T>(name: string, detail: T): CustomEvent<T> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true });
}

declare global {
  interface HTMLElementEventMap {
    'dam-select': CustomEvent<DamSelectDetail>;
    'dam-cancel': CustomEvent<DamCancelDetail>;
    'dam-upload': CustomEvent<DamUploadDetail>;
    'dam-error': CustomEvent<DamErrorDetail>;
  }
}
