// Vite plugin for the one-file CDN build: the translations are not inlined (they would cost every page
// ~14 KB gzip for languages it does not show); each becomes dist/locales/<lang>.js, a self-contained ES
// module the script imports from its own folder when a picker needs that language.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import type { Plugin } from 'vite';

export function localeFiles(folder = 'src/locales/generated'): Plugin {
  return {
    name: 'dam-picker:locale-files',
    apply: 'build',
    async generateBundle() {
      const entries = readdirSync(folder).filter((file) => /^[a-z]{2}(?:-[A-Za-z]+)?\.ts$/.test(file));
      for (const file of entries) {
        const result = await build({
          entryPoints: [`${folder}/${file}`],
          bundle: true,
          format: 'esm',
          minify: true,
          target: 'es2022',
          write: false,
          legalComments: 'none',
          // The translations need only @lit/localize's `str` tag, which is data: `{ strTag, strings, values }`.
          plugins: [
            {
              name: 'str-only',
              setup(esbuild) {
                esbuild.onResolve({ filter: /^@lit\/localize$/ }, () => ({ path: 'str', namespace: 'str-only' }));
                esbuild.onLoad({ filter: /.*/, namespace: 'str-only' }, () => ({
                  contents: 'export const str = (strings, ...values) => ({ strTag: true, strings, values });',
                  loader: 'js',
                }));
              },
            },
          ],
        });
        this.emitFile({ type: 'asset', fileName: `locales/${file.replace(/\.ts$/, '.js')}`, source: result.outputFiles[0]!.text });
      }
    },
  };
}
