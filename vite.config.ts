// Library build. `vite build` makes the ES module (dependencies external, for
// bundlers); `vite build --mode iife` makes the one-file CDN script with every
// dependency inside; `vite build --mode page` makes dist/picker.html, the
// stand-alone picker page for popup and iframe use, and dist/callback.html.
import { defineConfig } from 'vite';
import { localeFiles } from './scripts/locale-files.js';
import { minifyCssLiterals } from './scripts/minify-css-literals.js';

export default defineConfig(({ mode }) => {
  if (mode === 'page') return pickerPage();
  const iife = mode === 'iife';
  return {
    publicDir: false,
    plugins: iife ? [minifyCssLiterals(), localeFiles()] : [minifyCssLiterals()],
    // Dependencies read process.env.NODE_ENV; library mode does not replace it by itself. __DAM_IIFE__: the
    // CDN script loads translations from dist/locales/ instead of inlining them (src/locales/localization.ts).
    define: { 'process.env.NODE_ENV': JSON.stringify('production'), __DAM_IIFE__: JSON.stringify(iife) },
    build: {
      target: 'es2022',
      emptyOutDir: !iife,
      sourcemap: true,
      minify: true,
      lib: iife
        ? { entry: 'src/iife.ts', formats: ['iife'], name: 'DamPickerBundle', fileName: () => 'dam-picker.iife.js' }
        : { entry: { 'dam-picker': 'src/index.ts', define: 'src/define.ts' }, formats: ['es'] },
      rollupOptions: iife ? {} : { external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^@tanstack\//, 'oidc-client-ts', 'valibot'] },
    },
  };
});

/**
 * dist/picker.html and its one script (every dependency inside), and dist/callback.html, the minimal
 * sign-in redirect URI page; relative URLs so they work from any path.
 */
function pickerPage() {
  return {
    root: 'src/embed',
    base: './',
    publicDir: false as const,
    plugins: [minifyCssLiterals()],
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
        output: { entryFileNames: 'assets/[name].js', chunkFileNames: 'assets/[name].js' },
      },
    },
  };
}
