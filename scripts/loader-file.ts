// Vite plugin for the script-tag build: dist/dam-picker.iife.js is the loader (src/iife.ts), a classic script
// bundled on its own by esbuild (no chunks, no imports), beside the ES chunks of the same build in dist/cdn/.
// Stale chunks of an earlier build are removed first, so dist/cdn/ holds one build.
// The loader is told each entry's static imports (__DAM_CHUNKS__: entry name → chunk files, all in cdn/), so that
// it fetches an entry's chunks together with the entry, instead of finding them in the entry once it has
// arrived: one round trip fewer before the picker's code can run.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import type { Plugin } from 'vite';

/** What is read of the build's output: its chunks' file names and static imports. */
type Bundle = Record<string, { type: 'chunk'; fileName: string; isEntry: boolean; imports: string[] } | { type: 'asset'; fileName: string }>;

export function loaderFile(entry = 'src/iife.ts', fileName = 'dam-picker.iife.js', chunks = 'dist/cdn'): Plugin {
  return {
    name: 'dam-picker:loader-file',
    apply: 'build',
    buildStart() {
      rmSync(chunks, { recursive: true, force: true });
    },
    async generateBundle(_options, bundle) {
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
        define: { __DAM_CHUNKS__: JSON.stringify(staticImports(bundle, chunks)) },
      });
      for (const file of result.outputFiles) {
        const name = file.path.endsWith('.map') ? `${fileName}.map` : fileName;
        this.emitFile({ type: 'asset', fileName: name, source: file.text });
      }
    },
  };
}

/**
 * For each entry chunk in `folder` (`cdn/dam-picker.js` → `dam-picker`), every chunk it imports statically,
 * directly or not, by file name within the folder.
 */
function staticImports(bundle: Bundle, folder: string): Record<string, string[]> {
  const prefix = `${folder.replace(/^dist\//, '')}/`;
  const chunks = new Map(Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [[item.fileName, item] as const] : [])));
  const closure = (fileName: string, seen = new Set<string>()): Set<string> => {
    for (const imported of chunks.get(fileName)?.imports ?? []) {
      if (!seen.has(imported)) closure(imported, seen.add(imported));
    }
    return seen;
  };
  const entries = [...chunks.values()].filter((chunk) => chunk.isEntry && chunk.fileName.startsWith(prefix));
  return Object.fromEntries(
    entries.map((entry) => [
      entry.fileName.slice(prefix.length, -'.js'.length),
      [...closure(entry.fileName)].filter((file) => file.startsWith(prefix)).map((file) => file.slice(prefix.length)),
    ]),
  );
}
