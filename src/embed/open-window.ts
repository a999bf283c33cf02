// DamPicker.openWindow(): the stand-alone picker page in a popup or an iframe,
// resolved from its postMessage messages — only from the page's origin and the
// window opened here; everything else is ignored.
import { msg } from '@lit/localize';
import type { DamAsset } from '../api/types.js';
import { optionsToParams, type PageOptions } from './options.js';
import { parseOrigin, parsePickerMessage } from './protocol.js';

export interface OpenWindowOptions extends PageOptions {
  /** Where `picker.html` is (absolute, or relative to this page). The options are added as query parameters. */
  url: string;
  /** The origin the picker page's messages must come from. Default: the origin of `url`. */
  origin?: string;
  /** `popup` (a new window) or `iframe` (inside `container`). */
  mode: 'popup' | 'iframe';
  /** Iframe mode: the element the iframe goes into. Default: `document.body`. */
  container?: HTMLElement;
  /** Called with each `dam-picker:error` message (the picker stays open: the user may retry). */
  onError?: (error: { code: string; message: string }) => void;
}

/** How often a popup is checked for having been closed by the user (no event exists for it). */
const POPUP_POLL_MS = 400;

/**
 * Opens the picker page and resolves with the picked assets; with `[]` on cancel or when the popup is
 * closed. Rejects when the popup is blocked. The popup is closed and the iframe removed afterwards.
 */
export function openWindow(options: OpenWindowOptions): Promise<DamAsset[]> {
  const { url, origin, mode, container, onError, ...pickerOptions } = options;
  const pageUrl = new URL(url, document.baseURI);
  const pickerOrigin = parseOrigin(origin ?? pageUrl.origin);
  if (!pickerOrigin) return Promise.reject(new TypeError(`dam-picker: not an http(s) origin: ${origin ?? pageUrl.origin}`));
  optionsToParams(pickerOptions, pageUrl.searchParams);
  pageUrl.searchParams.set('origin', window.location.origin);

  let target: Window | null;
  let iframe: HTMLIFrameElement | undefined;
  if (mode === 'iframe') {
    iframe = document.createElement('iframe');
    iframe.className = 'dam-picker-frame';
    iframe.title = msg('Asset picker');
    iframe.width = '100%';
    iframe.height = '640';
    iframe.src = pageUrl.href;
    (container ?? document.body).append(iframe);
    target = iframe.contentWindow;
  } else {
    target = window.open(pageUrl.href, '_blank', 'popup,width=1000,height=720');
    if (!target) return Promise.reject(new Error('dam-picker: the popup was blocked'));
  }

  return new Promise<DamAsset[]>((resolve) => {
    const done = (finish: () => void) => {
      window.removeEventListener('message', onMessage);
      clearInterval(poll);
      if (iframe) iframe.remove();
      else if (target && !target.closed) target.close();
      finish();
    };
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== pickerOrigin || event.source === null || event.source !== target) return;
      const message = parsePickerMessage(event.data);
      if (message?.type === 'dam-picker:select') done(() => resolve(message.assets));
      else if (message?.type === 'dam-picker:cancel') done(() => resolve([]));
      else if (message?.type === 'dam-picker:error') onError?.({ code: message.code, message: message.message });
    };
    window.addEventListener('message', onMessage);
    const poll = iframe ? undefined : setInterval(() => target?.closed && done(() => resolve([])), POPUP_POLL_MS);
  });
}
