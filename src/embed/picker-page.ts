// The stand-alone picker page (picker.html) for popup and iframe use: configured by
// query parameters named like the attributes plus `origin` (the host's origin), it
// posts the protocol's messages to that origin only. It is also its own sign-in redirect URI.
import { msg } from '@lit/localize';
import { SIGN_IN_WINDOW_NAME } from '../api/auth.js';
import { DAM_CANCEL, DAM_ERROR, DAM_SELECT } from '../components/dam-picker/dam-picker.events.js';
import '../index.js';
import { applyParams } from './options.js';
import { PROTOCOL_VERSION, parseOrigin, type PickerMessage } from './protocol.js';

/** The query survives a full-page sign-in redirect here (the DAM returns to the page without it). */
const SAVED_QUERY_KEY = 'dam-picker.page-query';

const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  html, body { margin: 0; block-size: 100%; }
  body { font-family: system-ui, sans-serif; }
  dam-picker { --dam-picker-height: 100vh; border: none; border-radius: 0; }
  .dam-picker-page-error { margin: 24px; color: #b3261e; }
`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

function pageQuery(): URLSearchParams {
  const params = new URLSearchParams(window.location.search);
  const returning = params.has('state') && (params.has('code') || params.has('error'));
  if (returning && !params.has('origin')) return new URLSearchParams(sessionStorage.getItem(SAVED_QUERY_KEY) ?? '');
  sessionStorage.setItem(SAVED_QUERY_KEY, params.toString());
  return params;
}

function showError(text: string): void {
  const error = document.createElement('p');
  error.className = 'dam-picker-page-error';
  error.setAttribute('role', 'alert');
  error.textContent = text;
  document.body.replaceChildren(error);
}

function start(): void {
  // In the sign-in popup this page is only the redirect target: the package entry completes the sign-in.
  if (window.name === SIGN_IN_WINDOW_NAME && window.opener) return;
  const params = pageQuery();
  const hostOrigin = parseOrigin(params.get('origin'));
  const host = window.opener ?? (window.parent !== window ? window.parent : null);
  if (!hostOrigin) {
    showError(msg('This picker page needs the origin of the page that opened it (the origin query parameter).'));
    return;
  }
  if (!host) {
    showError(msg('This picker page must be opened by another page, in a popup or an iframe.'));
    return;
  }
  const post = (message: PickerMessage) => host.postMessage(message, hostOrigin);
  const picker = document.createElement('dam-picker');
  applyParams(picker, params);
  picker.addEventListener(DAM_SELECT, (event) =>
    post({ type: 'dam-picker:select', version: PROTOCOL_VERSION, assets: JSON.parse(JSON.stringify(event.detail.assets)) }),
  );
  picker.addEventListener(DAM_CANCEL, () => post({ type: 'dam-picker:cancel', version: PROTOCOL_VERSION }));
  picker.addEventListener(DAM_ERROR, (event) =>
    post({ type: 'dam-picker:error', version: PROTOCOL_VERSION, code: String(event.detail.code), message: event.detail.message }),
  );
  document.body.replaceChildren(picker);
  post({ type: 'dam-picker:ready', version: PROTOCOL_VERSION });
}

start();
