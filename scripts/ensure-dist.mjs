// The embedding tests and the demo load the built files (dist/dam-picker.iife.js with its chunks in dist/cdn/,
// dist/picker.html, dist/callback.html), as integrators do. CI runs `npm run build` first; here the IIFE and the pages are
// rebuilt when missing or older than src/.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestIn(directory) {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function ensureDist(root = process.cwd()) {
  const outputs = ['dist/dam-picker.iife.js', 'dist/cdn/dam-picker.js', 'dist/picker.html', 'dist/callback.html'].map((file) => join(root, file));
  const sources = Math.max(newestIn(join(root, 'src')), statSync(join(root, 'vite.config.ts')).mtimeMs);
  if (outputs.every((file) => existsSync(file) && statSync(file).mtimeMs >= sources)) return;
  console.log('building dist/dam-picker.iife.js, dist/picker.html and dist/callback.html (missing or older than src/)');
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  for (const mode of ['iife', 'page']) execFileSync(process.execPath, [vite, 'build', '--mode', mode, '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}
