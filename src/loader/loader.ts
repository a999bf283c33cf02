// The script tag (dist/dam-picker.iife.js) is this loader: a few KB that set `window.DamPicker` and fetch the
// picker's code (ES chunks in `cdn/` beside the script) only when it is needed — a picker scrolls into view
// (a picker in a closed dialog is not visible), the host calls open()/openWindow(), or preload(). Chunks load
// through import() of a URL, which is neither eval nor a Trusted Types sink, and with CORS from another origin.
// Elements written before their code arrives upgrade when it does: Lit keeps properties set on them before, and
// listeners stay on the same node.
import { FACET_ASSET_TYPE, FACET_FILE_TYPE } from '../api/filters.js';
import { postAnswerToOpener, signInAnswer } from '../browser/sign-in-callback.js';
import { version } from '../version.js';
import { watchTags } from './watch.js';

type Package = typeof import('../index.js');

/**
 * `window.DamPicker`: the package's exports once the code has arrived; before that, the functions below
 * (which load it and delegate) and the constants.
 */
export type WindowApi = Partial<Package> & Pick<Package, 'open' | 'openWindow' | 'preload' | 'setStrings' | 'version' | 'FACET_ASSET_TYPE' | 'FACET_FILE_TYPE'>;

/** The CDN build's entries, by name: `cdn/<name>.js` beside the script. */
const ENTRY = 'dam-picker';
const DIALOG_ENTRY = 'dialog';
/** Providers with an entry of their own (`cdn/<name>.js`): fetched beside the core, not after it. */
const PROVIDERS = ['brandworkz', 'bynder'];
/** Every tag of the package; the page may write any of them. */
const TAGS = [
  'dam-picker',
  'dam-picker-dialog',
  'dam-search-box',
  'dam-asset-grid',
  'dam-breadcrumb',
  'dam-folder-tree',
  'dam-facet-list',
  'dam-upload-dropzone',
];

/**
 * Each CDN entry's static imports, by file name in cdn/ (set by the build: scripts/loader-file.ts). An entry's
 * chunks are fetched together with it, not after it has arrived and been read: one round trip fewer.
 */
declare const __DAM_CHUNKS__: Record<string, string[]> | undefined;
const CHUNKS: Record<string, string[] | undefined> = typeof __DAM_CHUNKS__ === 'undefined' ? {} : __DAM_CHUNKS__;

const report = (error: unknown): void => console.error('[dam-picker] could not load the picker:', error);

/** Sets up the loader for the script at `scriptUrl` (document.currentScript's, read while it ran). */
export function startLoader(scriptUrl: string | undefined): WindowApi {
  const fetched = (file: string): Promise<unknown> =>
    scriptUrl
      ? import(/* @vite-ignore */ new URL(`cdn/${file}`, scriptUrl).href)
      : Promise.reject(new Error('the script URL is unknown: load dam-picker.iife.js with <script src>'));
  /** An entry, with its chunks fetched beside it (importing one runs what it needs first, as the entry would). */
  const from = (entry: string): Promise<unknown> => {
    for (const chunk of CHUNKS[entry] ?? []) fetched(chunk).catch(() => undefined);
    return fetched(`${entry}.js`);
  };

  let loading: Promise<Package> | undefined;
  const load = (): Promise<Package> => {
    // While the code is on its way: a page's first Intl.NumberFormat costs 40–90 ms here (ICU's locale data, once
    // per page), and the picker's first render formats its counts. Paid now, it overlaps the download.
    if (!loading) setTimeout(() => new Intl.NumberFormat().format(0));
    return (loading ??= (from(ENTRY) as Promise<Package>).then(
      (module) => {
        stopWatching();
        visible.disconnect();
        Object.assign(api, module);
        return module;
      },
      (error: unknown) => {
        loading = undefined; // the next trigger tries again
        throw error;
      },
    ));
  };

  /** Starts fetching a provider's adapter (the core imports the same module when it gets there). */
  const provider = (name: unknown): void => {
    if (typeof name === 'string' && PROVIDERS.includes(name)) from(name).catch(() => undefined);
  };

  const api: WindowApi = {
    version,
    FACET_ASSET_TYPE,
    FACET_FILE_TYPE,
    // Fetches the picker's code now (e.g. when the pointer is over the host's "Insert image" button) and, given a
    // picker's options, its DAM's adapter beside it; resolves when the code is ready and the DAM found.
    preload: (options) => {
      provider(options?.provider);
      return load().then((module) => module.preload(options));
    },
    open: (options) => {
      provider(options.provider);
      from(DIALOG_ENTRY).catch(() => undefined);
      return load().then((module) => module.open(options));
    },
    openWindow: (options) => load().then((module) => module.openWindow(options)),
    setStrings: (locale, strings) => void load().then((module) => module.setStrings(locale, strings), report),
  };

  // A picker is needed once any part of it is in the viewport (an element not rendered — in a closed
  // dialog, `display: none` — never is). Until its code arrives a tag is an empty inline element with no area,
  // and WebKit reports no intersection for such a box when it starts being rendered (a closed dialog opening):
  // a block with the picker's height (as its own styles will give it, so nothing moves when it upgrades). In
  // `:where()`, so any style of the page's own wins.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    `:where(${TAGS.filter((tag) => tag !== 'dam-picker-dialog').join(',')}):not(:defined){display:block;min-block-size:1px}` +
      ':where(dam-picker):not(:defined){block-size:var(--dam-picker-height,600px)}',
  );
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const visible = new IntersectionObserver((entries) => {
    const shown = entries.filter((entry) => entry.isIntersecting).map((entry) => entry.target);
    if (shown.length === 0) return;
    for (const element of shown) provider((element as Element & { provider?: unknown }).provider ?? element.getAttribute('provider'));
    void load().catch(report);
  });
  let dialog: Promise<unknown> | undefined;
  const stopWatching = watchTags(TAGS, (element) => {
    if (element.localName === 'dam-picker-dialog') {
      // The page calls its show(): the dialog's own code comes now, the picker's when the dialog shows it.
      dialog ??= from(DIALOG_ENTRY);
      dialog.catch(report);
      return;
    }
    const box = element.closest('dam-picker-dialog');
    if (box && !customElements.get('dam-picker-dialog')) void customElements.whenDefined('dam-picker-dialog').then(() => visible.observe(element));
    else visible.observe(element);
  });

  // The sign-in popup returning to a page that loads only this script: hand the answer to the opener (which
  // checks its state and closes the popup) without loading anything. A full-page sign-in redirect coming back
  // with a state this tab issued: the picker that asked resumes, so its code is needed now.
  if (!postAnswerToOpener() && signInAnswer()) void load().catch(report);

  return api;
}
