// A Vite plugin that asks V8 to compile the chunks a picker runs before its first results as soon as they load,
// instead of each function when it is first called. V8 parses a script's functions lazily: each is compiled on
// the main thread at its first call, and the picker's first render calls some 500 of them (the bench's trace of a
// first paint with the code preloaded: 35–60 ms of lazy compilation on the main thread, between connected and the
// first thumbnails). `//# allFunctionsCalledOnLoad` at the top of a file (Chromium's explicit compile hints, since
// Chrome 136; other engines read it as a comment) compiles all of them with the script, on a background thread
// while the file streams in — for `preload()`, while the editor's pointer is still on the host's button. It costs
// about 20–40 B of gzip a file (the comment comes before anything gzip could refer back to), and the bytecode of the
// functions a session never calls.
//
// The hint goes in after minification (which drops comments) and after Vite's own output hooks, on the entries
// named and the chunks they import statically; each source map gets one empty line in front, so that it still
// points where the code came from.
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** Hints the entries (static or dynamic) whose names match `entries`, and every chunk those import statically. */
export function compileHintsPlugin(entries: RegExp): Plugin {
  return {
    name: 'dam-picker:compile-hints',
    apply: 'build',
    // After Vite's own generateBundle hooks, which write the dynamic imports' dependency lists at the top of a chunk.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = new Map(Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [[output.fileName, output] as const] : [])));
        const queue = [...chunks.values()]
          .filter((chunk) => (chunk.isEntry || chunk.isDynamicEntry) && entries.test(chunk.name))
          .map((chunk) => chunk.fileName);
        const hinted = new Set<string>();
        for (let fileName = queue.shift(); fileName !== undefined; fileName = queue.shift()) {
          const chunk = chunks.get(fileName);
          if (!chunk || hinted.has(fileName)) continue;
          hinted.add(fileName);
          queue.push(...chunk.imports);
          chunk.code = COMPILE_HINT + chunk.code;
          // The bundler has emitted the source map as a file of its own by now: that is the one to shift.
          const map = bundle[`${fileName}.map`];
          if (map?.type === 'asset' && typeof map.source === 'string') {
            const json = JSON.parse(map.source) as { mappings: string };
            map.source = JSON.stringify({ ...json, mappings: `;${json.mappings}` });
          }
        }
      },
    },
  };
}
