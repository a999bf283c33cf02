// Serves the demo host page on its own origin (localhost:5173), separate from
// the DAM emulator (127.0.0.1:4010), so CORS and the sign-in popup are real.
import { defineConfig } from 'vite';

export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  publicDir: false,
  server: { host: 'localhost', port: Number(process.env.DEMO_PORT ?? 5173), strictPort: true, fs: { allow: ['..'] } },
  clearScreen: false,
});
