// The postMessage protocol between the stand-alone picker page and its host
// (see the README's protocol table): message types and a strict parser.
import type { DamAsset } from '../api/types.js';

export const PROTOCOL_VERSION = 1;

export type PickerMessage =
  | { type: 'dam-picker:ready'; version: 1 }
  | { type: 'dam-picker:select'; version: 1; assets: DamAsset[] }
  | { type: 'dam-picker:cancel'; version: 1 }
  | { type: 'dam-picker:error'; version: 1; code: string; message: string };

/** Returns the message when `data` is one of the protocol's messages, else `null`. */
export function parsePickerMessage(data: unknown): PickerMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  if (message['version'] !== PROTOCOL_VERSION) return null;
  switch (message['type']) {
    case 'dam-picker:ready':
    case 'dam-picker:cancel':
      return { type: message['type'], version: 1 };
    case 'dam-picker:select':
      return Array.isArray(message['assets']) ? { type: 'dam-picker:select', version: 1, assets: message['assets'] as DamAsset[] } : null;
    case 'dam-picker:error':
      return {
        type: 'dam-picker:error',
        version: 1,
        code: typeof message['code'] === 'string' ? message['code'] : 'error',
        message: typeof message['message'] === 'string' ? message['message'] : '',
      };
    default:
      return null;
  }
}

/** `value` when it is an http(s) origin exactly (scheme, host, port; no path), else `null`. */
export function parseOrigin(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value ? value : null;
  } catch {
    return null;
  }
}
