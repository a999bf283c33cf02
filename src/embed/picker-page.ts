// The stand-alone picker page (picker.html) for popup and iframe use. Which DAM it signs in to, where
// tokens go and which host origins may receive picks come from its deployer's configuration
// (page-config.ts), never from its URL. The URL carries the requesting host's `origin`, which must be on
// the deployer's allowlist, and UI options that can only narrow the configuration. The page posts the
// protocol's messages to that origin only, and says which site it inserts into.
import { msg, str } from '@lit/localize';
import { SIGN_IN_WINDOW_NAME } from '../browser/sign-in-callback.js';
import type { DamAsset } from '../api/types.js';
import { DAM_CANCEL, DAM_ERROR, DAM_SELECT } from '../components/dam-picker/dam-picker.events.js';
import '../index.js';
import { setPickerLocale } from '../locales/localization.js';
import { applyOptions } from './options.js';
import { loadPageConfig, pageOptions, PageConfigError, type PageConfig } from './page-config.js';
import { PROTOCOL_VERSION, parseOrigin, type PickerMessage } from './protocol.js';

const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  html, body { margin: 0; block-size: 100%; }
  body { font-family: system-ui, sans-serif; display: flex; flex-direction: column; }
  dam-picker { --dam-picker-height: auto; flex: 1; min-block-size: 0; border: none; border-radius: 0; }
  .dam-picker-page-host { margin: 0; padding: 6px 16px; font-size: 0.8125rem; color: CanvasText; background: Canvas;
    border-block-end: 1px solid GrayText; overflow-wrap: anywhere; }
  .dam-picker-page-error { margin: 24px; color: #b3261e; overflow-wrap: anywhere; }
  @media (prefers-color-scheme: dark) { .dam-picker-page-error { color: #f2b8b5; } }
  :root { color-scheme: light dark; }
`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

/** A paragraph of page text (a host name in it is isolated by the caller, `isolate()`). */
function paragraph(className: string, text: string): HTMLParagraphElement {
  const element = document.createElement('p');
  element.className = className;
  element.textContent = text;
  return element;
}

function refuse(text: string, detail?: string): void {
  const error = paragraph('dam-picker-page-error', text);
  error.setAttribute('role', 'alert');
  document.body.replaceChildren(error);
  if (detail) console.error(detail);
}

const isolate = (text: string): string => `\u2068${text}\u2069`;

/**
 * The origin the page may post to, or a reason to refuse: it must be on the deployer's allowlist, and in a
 * frame it must be the parent's real origin where the browser tells it (`location.ancestorOrigins`).
 */
function hostOrigin(config: PageConfig, requested: string | null, framed: boolean): { origin: string } | { refusal: string; detail: string } {
  const origin = parseOrigin(requested);
  if (!origin) {
    return {
      refusal: msg('This picker page was opened without saying which site it inserts into.'),
      detail: 'dam-picker: picker.html needs the origin query parameter (an exact http(s) origin); openWindow() adds it.',
    };
  }
  const host = new URL(origin).host;
  if (!config.allowedOrigins.includes(origin)) {
    return {
      refusal: msg(str`This picker page does not insert into ${isolate(host)}. Ask the site's administrator to allow that site.`),
      detail: `dam-picker: ${origin} is not in the picker page's allowedOrigins (${config.allowedOrigins.join(', ')}).`,
    };
  }
  const parent = framed ? window.location.ancestorOrigins?.[0] : undefined;
  if (parent !== undefined && parent !== origin) {
    return {
      refusal: msg(str`This picker page does not insert into ${isolate(new URL(parent).host)}. Ask the site's administrator to allow that site.`),
      detail: `dam-picker: the page is framed by ${parent}, but its origin parameter says ${origin}.`,
    };
  }
  return { origin };
}

async function start(): Promise<void> {
  // In the sign-in popup this page is only the redirect target: the package entry completes the sign-in.
  if (window.name === SIGN_IN_WINDOW_NAME && window.opener) return;
  const params = new URLSearchParams(window.location.search);
  const framed = window.parent !== window;
  const target: Window | null = framed ? window.parent : (window.opener as Window | null);
  await setPickerLocale(params.get('lang') ?? navigator.language);
  let config: PageConfig;
  try {
    config = await loadPageConfig();
  } catch (error) {
    refuse(
      msg('This picker page is not set up yet: its configuration is missing or not valid.'),
      error instanceof PageConfigError ? error.message : String(error),
    );
    return;
  }
  if (!target) {
    refuse(msg('This picker page must be opened by another page, in a popup or an iframe.'));
    return;
  }
  const host = hostOrigin(config, params.get('origin'), framed);
  if ('refusal' in host) {
    refuse(host.refusal, host.detail);
    return;
  }
  const { options, ignored } = pageOptions(config, params);
  if (ignored.length) console.warn(`dam-picker: picker.html ignored these query parameters: ${ignored.join('; ')}`);
  if (options.lang) await setPickerLocale(options.lang);

  const post = (message: PickerMessage) => target.postMessage(message, host.origin);
  const picker = document.createElement('dam-picker');
  // Without a redirectUri in the configuration the page is its own (the picker's default: its URL without query).
  applyOptions(picker, options);
  picker.addEventListener(DAM_SELECT, (event) =>
    post({ type: 'dam-picker:select', version: PROTOCOL_VERSION, assets: JSON.parse(JSON.stringify(event.detail.assets)) as DamAsset[] }),
  );
  picker.addEventListener(DAM_CANCEL, () => post({ type: 'dam-picker:cancel', version: PROTOCOL_VERSION }));
  picker.addEventListener(DAM_ERROR, (event) =>
    post({ type: 'dam-picker:error', version: PROTOCOL_VERSION, code: String(event.detail.code), message: event.detail.message }),
  );
  const banner = paragraph('dam-picker-page-host', msg(str`Inserting into ${isolate(new URL(host.origin).host)}`));
  banner.setAttribute('part', 'host');
  if (options.lang) document.documentElement.lang = options.lang;
  document.body.replaceChildren(banner, picker);
  post({ type: 'dam-picker:ready', version: PROTOCOL_VERSION });
}

void start();
