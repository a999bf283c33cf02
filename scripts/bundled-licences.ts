// Vite plugin for the builds that bundle their dependencies (the script tag's chunks in dist/cdn/, the stand-alone
// page's in dist/assets/): the licence notices of every package bundled, in one text file beside the chunks. The
// minifier leaves the notices out of the code, where every page would pay for them; the packages' licences (MIT,
// BSD-3-Clause, ISC…) ask that copies carry them, so they travel as a file of the package instead.
// scripts/check-pack.mjs checks that every package the chunks' source maps name is in the file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const LICENCES_FILE = 'THIRD-PARTY-LICENSES.txt';

/** A module id's package (name, folder), from its last `node_modules/` segment. */
function packageOf(id: string): { name: string; folder: string } | undefined {
  const match = /^(.*\/node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(id.replace(/\\/g, '/'));
  return match ? { name: match[2]!, folder: match[1]! } : undefined;
}

export function bundledLicences(folder: string): Plugin {
  return {
    name: 'dam-picker:bundled-licences',
    apply: 'build',
    generateBundle(_options, bundle) {
      const packages = new Map<string, string>();
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const id of Object.keys(output.modules)) {
          const found = packageOf(id);
          if (found) packages.set(found.name, found.folder);
        }
      }
      const sections = [...packages]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([, dir]) => {
          const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
          const files = readdirSync(dir);
          const file = files.find((name) => /^(?:licen[cs]e|copying)(?:\.|$)/i.test(name));
          // Apache-2.0 asks for the NOTICE file too, where a package has one.
          const notice = files.find((name) => /^notice(?:\.|$)/i.test(name));
          const text = [
            file ? readFileSync(join(dir, file), 'utf8').trim() : `No licence file in the package; its package.json says: ${pkg.license ?? 'nothing'}.`,
            ...(notice ? [readFileSync(join(dir, notice), 'utf8').trim()] : []),
          ].join('\n\n');
          return `${pkg.name} ${pkg.version} (${pkg.license ?? 'no licence named'})\n\n${text}`;
        });
      const header = `The files in this folder bundle these packages (dam-picker's own code is under its LICENSE).`;
      this.emitFile({ type: 'asset', fileName: `${folder}/${LICENCES_FILE}`, source: [header, ...sections].join(`\n\n${'-'.repeat(72)}\n\n`) + '\n' });
    },
  };
}
