// Serves the demo host page on its own origin (localhost:5173), separate from
// the DAM emulator (127.0.0.1:4010), so CORS and the sign-in popup are real.
import { defineConfig } from 'vite';

// Origins used by the embedding demo pages (%VITE_…% in their HTML).
process.env.VITE_EMULATOR_ORIGIN ??= `http://127.0.0.1:${process.env.EMULATOR_PORT ?? 4010}`;
process.env.VITE_DIST_ORIGIN ??= `http://127.0.0.1:${process.env.DIST_PORT ?? 5174}`;

export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  publicDir: false,
  server: { host: 'localhost', port: Number(process.env.DEMO_PORT ?? 5173), strictPort: true, fs: { allow: ['..'] } },
  clearScreen: false,
  // Vue's bundler build reads these flags (no @vitejs/plugin-vue here: the Vue host renders with h()).
  define: { __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  // `vite build --config demo/vite.config.ts`: every demo page, framework hosts included, into demo/dist.
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: { input: ['index', 'script-tag', 'windows', 'react', 'vue'].map((page) => new URL(`./${page}.html`, import.meta.url).pathname) },
  },
});
