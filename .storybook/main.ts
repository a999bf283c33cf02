// Storybook 10 (web components + Vite), written by hand (see toolchain notes: `storybook init` fails here).
import { readFileSync } from 'node:fs';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

/** msw's service worker at the root (its scope must cover the stories), from node_modules so it stays in step with msw. */
function mswWorker(): Plugin {
  const source = () => readFileSync(new URL('../node_modules/msw/lib/mockServiceWorker.js', import.meta.url), 'utf8');
  return {
    name: 'msw-worker',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_request, response) => {
        response.setHeader('Content-Type', 'application/javascript');
        response.end(source());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'mockServiceWorker.js', source: source() });
    },
  };
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  viteFinal: (viteConfig) => ({ ...viteConfig, plugins: [...(viteConfig.plugins ?? []), mswWorker()] }),
};

export default config;
