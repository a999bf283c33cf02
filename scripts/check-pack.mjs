// `npm run check:pack`: what `npm pack` would publish. Every `exports` target, `types` and `customElements`
// must be in the tarball; sources, tests, the emulator and the demo must not. Builds first when dist/ is incomplete.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const targets = new Set([pkg.main, pkg.module, pkg.types, pkg.customElements]);
for (const entry of Object.values(pkg.exports)) {
  for (const target of typeof entry === 'string' ? [entry] : Object.values(entry)) targets.add(target);
}
const wanted = [...targets].map((target) => target.replace(/^\.\//, ''));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

if (wanted.some((file) => !existsSync(file))) execFileSync(npm, ['run', 'build'], { stdio: 'inherit' });

const [packed] = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const files = new Set(packed.files.map((file) => file.path));
const problems = [];
for (const file of wanted) if (!files.has(file)) problems.push(`missing from the package: ${file}`);
for (const file of files) {
  if (/^(?:src|test|emulator|demo|scripts|stories|bench-results|node_modules)\//.test(file)) problems.push(`should not be published: ${file}`);
}
// The script tag's loader imports these from dist/cdn/ beside it; they import the rest of dist/cdn/.
for (const entry of ['dam-picker', 'dialog', 'brandworkz', 'bynder'])
  if (!files.has(`dist/cdn/${entry}.js`)) problems.push(`missing from the package: dist/cdn/${entry}.js`);
// The licences of the packages bundled into the script tag's chunks and the page's (scripts/bundled-licences.ts):
// every package their source maps name must be in the file beside them.
for (const folder of ['dist/cdn', 'dist/assets']) {
  const licences = `${folder}/THIRD-PARTY-LICENSES.txt`;
  if (!files.has(licences)) {
    problems.push(`missing from the package: ${licences}`);
    continue;
  }
  const text = readFileSync(licences, 'utf8');
  const bundled = new Set();
  for (const map of readdirSync(folder).filter((name) => name.endsWith('.js.map'))) {
    for (const source of JSON.parse(readFileSync(`${folder}/${map}`, 'utf8')).sources) {
      const at = source.lastIndexOf('node_modules/');
      const name = at < 0 ? undefined : /^(?:@[^/]+\/)?[^/]+(?=\/)/.exec(source.slice(at + 'node_modules/'.length))?.[0];
      if (name) bundled.add(name);
    }
  }
  if (bundled.size === 0) problems.push(`found no bundled packages in the source maps of ${folder}`);
  for (const name of bundled) if (!text.includes(`\n\n${name} `)) problems.push(`${licences} lacks ${name}`);
}
const html = readFileSync('dist/picker.html', 'utf8');
for (const [, asset] of html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)) if (!files.has(`dist/${asset}`)) problems.push(`picker.html needs dist/${asset}`);
const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
const tags = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement)
  .map((declaration) => declaration.tagName);
// Every tag src/define.ts registers must be named by a class's `@tag` JSDoc, which is where the manifest takes it from.
const registered = [...readFileSync('src/define.ts', 'utf8').matchAll(/^[ \t]*'([a-z]+-[a-z-]+)':/gm)].map(([, tag]) => tag);
if (registered.length === 0) problems.push('found no registered tags in src/define.ts');
for (const tag of registered) if (!tags.includes(tag)) problems.push(`custom-elements.json lacks <${tag}> (add \`@tag ${tag}\` to its class's JSDoc)`);
for (const tag of tags) if (!registered.includes(tag)) problems.push(`custom-elements.json names <${tag}>, which src/define.ts does not register`);

if (problems.length) {
  console.error(`npm pack contents:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`npm pack: ${files.size} files, ${(packed.size / 1024).toFixed(1)} KB packed; exports, types and custom-elements.json present.`);
