// Vite plugin for the script-tag build: dist/dam-picker.iife.js is the loader (src/iife.ts), a classic script
// bundled on its own by esbuild (no chunks, no imports), beside the ES chunks of the same build in dist/cdn/.
// Stale chunks of an earlier build are removed first, so dist/cdn/ holds one build.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import type { Plugin } from 'vite';

export function loaderFile(entry = 'src/iife.ts', fileName = 'dam-picker.iife.js', chunks = 'dist/cdn'): Plugin {
  return {
    name: 'dam-picker:loader-file',
    apply: 'build',
    buildStart() {
      rmSync(chunks, { recursive: true, force: true });
    },
    async generateBundle() {
      const result = await build({
        entryPoints: [entry],
        bundle: true,
        format: 'iife',
        minify: true,
        target: 'es2022',
        write: false,
        sourcemap: 'external',
        outfile: fileName,
        legalComments: 'none',
      });
      for (const file of result.outputFiles) {
        const name = file.path.endsWith('.map') ? `${fileName}.map` : fileName;
        this.emitFile({ type: 'asset', fileName: name, source: file.text });
      }
    },
  };
}
