// Library build. `vite build` makes the ES module (dependencies external, for
// bundlers); `vite build --mode iife` makes the one-file CDN script with every
// dependency inside.
import { defineConfig } from 'vite';
import { minifyCssLiterals } from './scripts/minify-css-literals.js';

export default defineConfig(({ mode }) => {
  const iife = mode === 'iife';
  return {
    publicDir: false,
    plugins: [minifyCssLiterals()],
    // Dependencies read process.env.NODE_ENV; library mode does not replace it by itself.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      target: 'es2022',
      emptyOutDir: !iife,
      sourcemap: true,
      minify: true,
      lib: iife
        ? { entry: 'src/iife.ts', formats: ['iife'], name: 'DamPickerBundle', fileName: () => 'dam-picker.iife.js' }
        : { entry: { 'dam-picker': 'src/index.ts', define: 'src/define.ts' }, formats: ['es'] },
      rollupOptions: iife
        ? {}
        : { external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^@tanstack\//, 'oidc-client-ts', 'valibot'] },
    },
  };
});
