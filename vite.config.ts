// Library build. `vite build` makes the ES module (dependencies external, for bundlers; lazy parts are chunks
// through dynamic import()); `vite build --mode iife` makes the script tag: dist/dam-picker.iife.js, a small
// loader, and the picker's code as ES chunks with every dependency inside in dist/cdn/ (the same split), which
// the loader imports from its own folder; `vite build --mode page` makes dist/picker.html, the stand-alone
// picker page for popup and iframe use, and dist/callback.html. scripts/check-size.mjs gates the sizes.
import { defineConfig, type UserConfig } from 'vite';
import { bundledLicences } from './scripts/bundled-licences.js';
import { compileHintsPlugin } from './scripts/compile-hints.js';
import { loaderFile } from './scripts/loader-file.js';
import { localeFiles } from './scripts/locale-files.js';
import { minifyLiteralsPlugin } from './scripts/minify-literals.js';

export default defineConfig(({ mode }) => (mode === 'page' ? pickerPage() : mode === 'iife' ? scriptTag() : library()));

// Dependencies read process.env.NODE_ENV; library mode does not replace it by itself. __DAM_IIFE__: the script tag's
// chunks load translations from dist/locales/ instead of bundling them (src/locales/localization.ts).
const define = (iife: boolean) => ({ 'process.env.NODE_ENV': JSON.stringify('production'), __DAM_IIFE__: JSON.stringify(iife) });

/** dist/dam-picker.js and dist/define.js for bundlers: dependencies external, the lazy parts as chunks. */
function library(): UserConfig {
  return {
    publicDir: false,
    plugins: [minifyLiteralsPlugin()],
    define: define(false),
    build: {
      target: 'es2022',
      emptyOutDir: true,
      sourcemap: true,
      minify: true,
      lib: { entry: { 'dam-picker': 'src/index.ts', define: 'src/define.ts' }, formats: ['es'] },
      rollupOptions: {
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
        external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^@tanstack\//, 'oidc-client-ts', 'valibot'],
      },
    },
  };
}

/**
 * The script tag: dist/dam-picker.iife.js (the loader, scripts/loader-file.ts) and the picker's code as ES chunks
 * with every dependency inside in dist/cdn/, which the loader imports from its own folder. Entries with fixed
 * names (the loader imports them): the package, the dialog alone, and each provider (so that the loader can
 * fetch a picker's provider beside the core instead of after it). Minified whitespace too (Vite keeps it in ES
 * libraries for bundlers' sake; these chunks go to browsers as they are). The package entry (the core), the base
 * chunk and the adapters carry V8's compile hint (scripts/compile-hints.ts).
 */
function scriptTag(): UserConfig {
  return {
    publicDir: false,
    plugins: [minifyLiteralsPlugin(), localeFiles(), loaderFile(), bundledLicences('cdn'), compileHintsPlugin(/^(dam-picker|brandworkz|bynder)$/)],
    define: define(true),
    build: {
      target: 'es2022',
      emptyOutDir: false,
      sourcemap: true,
      minify: true,
      lib: {
        entry: {
          'dam-picker': 'src/index.ts',
          dialog: 'src/loader/dialog-entry.ts',
          brandworkz: 'src/api/providers/brandworkz/brandworkz-provider.ts',
          bynder: 'src/api/providers/bynder/bynder-provider.ts',
        },
        formats: ['es'],
        fileName: (_format, name) => `cdn/${name}.js`,
      },
      rollupOptions: {
        // The core chunk is the package entry itself (cdn/dam-picker.js), exporting what the other chunks import
        // from it too: no facade of imports and exports in front of it, one file fewer on the way to the first
        // results (183 B of gzip fewer).
        preserveEntrySignatures: 'allow-extension',
        output: { chunkFileNames: 'cdn/[name]-[hash].js', minify: true, comments: FOR_BROWSERS, codeSplitting: { groups: SCRIPT_TAG_CHUNKS } },
      },
    },
  };
}

/**
 * No comments in files that go to browsers as they are (the script tag's chunks, the stand-alone page). The
 * minifier already dropped all but the `@__PURE__` and `@__NO_SIDE_EFFECTS__` annotations, which help a bundler
 * that tree-shakes the ES build (it keeps them), not a browser: 0.3 KB gzip over all the chunks.
 */
const FOR_BROWSERS = false;

/**
 * Fewer, larger chunks for the script tag: each file is compressed on its own, so two dozen small shared chunks
 * cost ~9 KB gzip more than the same code in a few files. `base` is what every element needs (Lit, the localisation
 * runtime, DamElement) — the dialog alone loads only that; `core` is the package entry and the rest of what it
 * imports statically, written as the entry's file (cdn/dam-picker.js). The lazy parts (tree, facets, upload,
 * dialog, providers, oidc-client-ts) stay chunks of their own, split by Rolldown. What every provider needs (the
 * HTTP client, the providers' kit, valibot, the upload URL check) goes into the core: as a chunk of its own it was
 * one more file fetched beside the core by every picker, compressed apart (0.5 KB more). Lazy parts always fetched
 * together are one chunk: `sidebar` (the folder tree, the facets, the grid's thumbnail gate and the virtualizer
 * with both its layouts — the grid's, which draws its first screen without it, and the flow of the tree's list —
 * loaded after the first results; one file instead of four, and no tree → flow waterfall) and `upload` (the
 * dropzone, the upload engine and both providers' upload protocols, which a provider loads only when uploads are
 * on: a picker with upload fetches the other DAM's protocol too, ~2 KB, for one file instead of four).
 */
const LAZY = [
  /\/src\/components\/(dam-folder-tree|dam-facet-list|dam-picker-dialog|dam-asset-details)\//,
  /\/src\/components\/dam-upload-dropzone\/(?!has-files)/,
  /\/src\/api\/upload\/(?!load\.ts|types\.ts|upload-url\.ts)/,
  /\/src\/api\/providers\/(brandworkz|bynder)\//,
  /\/src\/locales\/generated\/(?!locale-codes)/,
  /\/src\/loader\//,
  /\/src\/embed\/open\.ts/,
  /\/node_modules\/(oidc-client-ts|jwt-decode)\//,
  /\/node_modules\/@lit-labs\/virtualizer\//,
  /\/src\/components\/dam-asset-grid\/(grid-virtual|thumbnail-gate)\.ts/,
  /\/src\/components\/dam-picker\/(restricted-confirm|sidebar-sheet)\.ts/,
];
const BASE = [
  /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/localize)\//,
  /\/src\/(internal\/(dam-element|events|tokens\.styles)|locales\/(localization|generated\/locale-codes))\.ts$/,
];
const SIDEBAR = [
  /\/src\/components\/(dam-folder-tree|dam-facet-list)\//,
  /\/node_modules\/@lit-labs\/virtualizer\//,
  /\/src\/components\/dam-asset-grid\/(grid-virtual|thumbnail-gate)\.ts/,
  /\/src\/components\/dam-picker\/sidebar-sheet\.ts/,
];
const UPLOAD = [
  /\/src\/components\/dam-upload-dropzone\/(?!has-files)/,
  /\/src\/api\/upload\/(?!load\.ts|types\.ts|upload-url\.ts)/,
  /\/src\/api\/providers\/(brandworkz\/(brandworkz-upload|upload-schema)|bynder\/bynder-upload)/,
];
const SCRIPT_TAG_CHUNKS = [
  // Also the bundler's own helpers (virtual modules, e.g. the decorators' helper), which every element uses.
  { name: 'base', test: (id: string) => BASE.some((pattern) => pattern.test(id)) || !/\/(?:src|node_modules)\//.test(id), priority: 2 },
  { name: 'core', test: (id: string) => /\/(?:src|node_modules)\//.test(id) && !LAZY.some((pattern) => pattern.test(id)), priority: 1 },
  // Below the core: their modules' dependencies stay in the core (a group takes its modules' dependencies along).
  { name: 'sidebar', test: (id: string) => SIDEBAR.some((pattern) => pattern.test(id)), priority: 0 },
  { name: 'upload', test: (id: string) => UPLOAD.some((pattern) => pattern.test(id)), priority: 0 },
  // Bynder's errors and response schemas, which its upload protocol uses too: a chunk of their own, or the upload
  // group would take them along and every Bynder picker would fetch the upload chunk for them.
  { name: 'bynder-kit', test: (id: string) => /\/src\/api\/providers\/bynder\/(?:bynder-errors|schema)\.ts$/.test(id), priority: 1 },
];

/**
 * dist/picker.html and its one script (every dependency inside), and dist/callback.html, the minimal
 * sign-in redirect URI page; relative URLs so they work from any path. The page's script, the chunks it imports
 * statically and the adapters carry V8's compile hint (scripts/compile-hints.ts).
 */
function pickerPage(): UserConfig {
  return {
    root: 'src/embed',
    base: './',
    publicDir: false,
    plugins: [minifyLiteralsPlugin(), bundledLicences('assets'), compileHintsPlugin(/^(picker|brandworkz-provider|bynder-provider)$/)],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      target: 'es2022',
      outDir: '../../dist',
      emptyOutDir: false,
      sourcemap: true,
      // Fixed names: a rebuild (emptyOutDir is off after the library builds) replaces the files instead of adding more.
      // callback.html: the minimal sign-in redirect URI page, with only the small callback module.
      rollupOptions: {
        input: ['src/embed/picker.html', 'src/embed/callback.html'],
        output: { entryFileNames: 'assets/[name].js', chunkFileNames: 'assets/[name].js', comments: FOR_BROWSERS },
      },
    },
  };
}
