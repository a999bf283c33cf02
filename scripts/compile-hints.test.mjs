// `npm run test:scripts`: the build's compile hints (scripts/compile-hints.ts), through a real Vite build of a small
// project: which chunks get the hint, that it comes first in the file, and that the source maps still point at the
// lines the code came from.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { SourceMapConsumer } from 'source-map-js';
import { build } from 'vite';
import { COMPILE_HINT, compileHintsPlugin } from './compile-hints.ts';

const root = mkdtempSync(join(tmpdir(), 'compile-hints-'));
after(() => rmSync(root, { recursive: true, force: true }));
const files = {
  'main.js': `import { shared } from './shared.js';\n\nexport const main = () => shared() + 'main-marker';\nexport const later = () => import('./lazy.js');\n`,
  'other.js': `import { shared } from './shared.js';\nexport const other = () => shared() + 'other-marker';\n`,
  'shared.js': `export const shared = () => 'shared-marker';\n`,
  'lazy.js': `\n\nexport const lazy = () => 'lazy-marker';\n`,
};
for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);

/** The built chunks and source maps, by file name, with the hint asked for the entries matching `entries`. */
async function built(entries) {
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [compileHintsPlugin(entries)],
    build: {
      write: false,
      sourcemap: true,
      minify: true,
      lib: {
        entry: { main: join(root, 'main.js'), other: join(root, 'other.js') },
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rollupOptions: { output: { chunkFileNames: '[name].js' } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((output) => output.output);
  return new Map(outputs.map((output) => [output.fileName, output.type === 'chunk' ? output.code : String(output.source)]));
}

const hinted = (files) => [...files].filter(([name, code]) => name.endsWith('.js') && code.startsWith(COMPILE_HINT)).map(([name]) => name);

/** The original file and line of the first occurrence of `needle` in a built chunk, through its source map. */
function origin(files, chunk, needle) {
  const code = files.get(chunk);
  const before = code.slice(0, code.indexOf(needle)).split('\n');
  const position = new SourceMapConsumer(JSON.parse(files.get(`${chunk}.map`))).originalPositionFor({
    line: before.length,
    column: before.at(-1).length,
    bias: SourceMapConsumer.GREATEST_LOWER_BOUND,
  });
  return `${position.source?.split('/').at(-1)}:${position.line}`;
}

test('hints the entries named and the chunks they import statically, first in the file', async () => {
  const files = await built(/^main$/);
  assert.deepEqual(hinted(files).sort(), ['main.js', 'shared.js']);
  assert.ok(
    files.get('other.js').includes('other-marker') && files.get('lazy.js').includes('lazy-marker'),
    'the other entry and the lazy chunk are built, unhinted',
  );
});

test('hints a dynamic entry by its name', async () => {
  const files = await built(/^lazy$/);
  assert.deepEqual(hinted(files), ['lazy.js']);
});

test('a hinted chunk’s source map still points at the lines its code came from', async () => {
  const files = await built(/^(main|lazy)$/);
  assert.equal(origin(files, 'main.js', 'main-marker'), 'main.js:3');
  assert.equal(origin(files, 'lazy.js', 'lazy-marker'), 'lazy.js:3');
  assert.equal(origin(files, 'shared.js', 'shared-marker'), 'shared.js:1');
  assert.equal(origin(files, 'other.js', 'other-marker'), 'other.js:2', 'an unhinted chunk’s map is left as it was');
});
