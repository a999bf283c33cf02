// `npm run check:size`: the size budgets of the script tag (issue 16), from the built files, gzip -9. Sizes are
// deterministic, so they are gated (timings are the bench's). The chunk graph is read from the chunks' own
// import statements, starting at the CDN build's entries in dist/cdn/:
//   loader          dist/dam-picker.iife.js, what every page with the script tag pays            ≤ 5 KB
//   first results   loader + the core entry and its static imports + the Brandworkz adapter and its static
//                   imports + what the first render of a wide picker imports (folder tree, facets) ≤ 60 KB
//   everything      loader + every chunk reachable from the entries, statically or through import() ≤ 85 KB
// Languages (dist/locales/) are alternatives fetched only for a picker shown in that language: listed, not summed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const KB = 1024;
const BUDGETS = { loader: 5 * KB, first: 60 * KB, all: 85 * KB };
/** What the first render of a Brandworkz picker without upload imports besides the core: the sidebar's elements. */
const FIRST_RENDER = ['dam-folder-tree', 'dam-facet-list'];

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const cdn = join(dist, 'cdn');
for (const file of ['dam-picker.iife.js', 'cdn/dam-picker.js', 'cdn/brandworkz.js']) {
  if (!existsSync(join(dist, file))) {
    console.error(`check-size: ${join(dist, file)} is missing; run npm run build first.`);
    process.exit(1);
  }
}

/** A chunk's imports, relative to dist/cdn/: static (`import … from "./x.js"`, `export … from`) and dynamic (`import("./x.js")`). */
function importsOf(chunk) {
  const code = readFileSync(join(cdn, chunk), 'utf8');
  const names = (pattern) => [...code.matchAll(pattern)].map((match) => match[1].replace(/^\.\//, ''));
  return {
    static: names(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.\/[^"']+\.js)["']/g),
    dynamic: names(/\bimport\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/g),
  };
}

/** Every chunk reached from `starts`; with `dynamic`, through import() too. */
function closure(starts, dynamic = false) {
  const seen = new Set();
  const queue = [...starts];
  while (queue.length) {
    const chunk = queue.shift();
    if (seen.has(chunk)) continue;
    seen.add(chunk);
    const { static: statics, dynamic: dynamics } = importsOf(chunk);
    queue.push(...statics, ...(dynamic ? dynamics : []));
  }
  return seen;
}

const entries = readdirSync(cdn).filter((file) => /^[a-z-]+\.js$/.test(file));
const everything = closure(entries, true);
const lazyChunk = (tag) => [...everything].find((chunk) => chunk.startsWith(`${tag}-`));
const missing = FIRST_RENDER.filter((tag) => !lazyChunk(tag));
if (missing.length) console.warn(`check-size: no chunk found for ${missing.join(', ')} (inlined into the core?)`);
const first = closure(['dam-picker.js', 'brandworkz.js', ...FIRST_RENDER.map(lazyChunk).filter(Boolean)]);
const unreached = readdirSync(cdn).filter((file) => file.endsWith('.js') && !everything.has(file));

const loader = gz('dam-picker.iife.js');
const sum = (chunks) => loader + [...chunks].reduce((total, chunk) => total + gz(`cdn/${chunk}`), 0);
const rows = [
  ['loader (dam-picker.iife.js)', loader, BUDGETS.loader, 'every page with the script tag'],
  ['to the first Brandworkz results', sum(first), BUDGETS.first, `loader + ${first.size} chunks`],
  ['everything', sum(everything), BUDGETS.all, `loader + ${everything.size} chunks`],
];
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
console.log('| budget | gzip -9 | limit | what |\n|---|---:|---:|---|');
for (const [name, size, limit, what] of rows) console.log(`| ${name} | ${kb(size)} | ${kb(limit)} | ${what} |`);
const chunks = [...everything].map((chunk) => [chunk, gz(`cdn/${chunk}`)]).sort((a, b) => b[1] - a[1]);
console.log(`\nchunks (dist/cdn/): ${chunks.map(([chunk, size]) => `${chunk} ${kb(size)}${first.has(chunk) ? ' *' : ''}`).join(', ')}  (* on the way to the first results)`);
if (existsSync(join(dist, 'locales'))) {
  const languages = readdirSync(join(dist, 'locales')).map((file) => `${file} ${kb(gz(`locales/${file}`))}`);
  console.log(`languages (dist/locales/, one fetched per non-English picker): ${languages.join(', ')}`);
}
if (unreached.length) console.warn(`not reached from the entries (stale?): ${unreached.join(', ')}`);

const over = rows.filter(([, size, limit]) => size > limit);
if (over.length) {
  console.error(`\nover budget: ${over.map(([name, size, limit]) => `${name} ${kb(size)} > ${kb(limit)}`).join('; ')}`);
  process.exit(1);
}
console.log('\nsizes within budget');
