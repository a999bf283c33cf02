// Fails when a locale misses a string: extracts the source strings afresh (lit-localize, into a temporary
// copy) and compares them with each locale's XLIFF targets and with the generated runtime modules.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const root = resolve(import.meta.dirname, '..');
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));

/** trans-unit id → whether it has a non-empty <target>. */
function units(xliff) {
  const found = new Map();
  for (const match of xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    found.set(match[1], /<target>[\s\S]+?<\/target>/.test(match[2]));
  }
  return found;
}

const scratch = mkdtempSync(join(tmpdir(), 'dam-locales-'));
cpSync(join(root, config.interchange.xliffDir), join(scratch, 'xliff'), { recursive: true });
writeFileSync(
  join(scratch, 'lit-localize.json'),
  JSON.stringify({
    ...config,
    tsConfig: join(root, config.tsConfig),
    output: { ...config.output, outputDir: join(scratch, 'out'), localeCodesModule: join(scratch, 'out/locale-codes.ts') },
    interchange: { ...config.interchange, xliffDir: join(scratch, 'xliff') },
  }),
);
execFileSync(join(root, 'node_modules/.bin/lit-localize'), ['extract', '--config', join(scratch, 'lit-localize.json')], { cwd: root, stdio: 'pipe' });
const source = [...units(readFileSync(join(scratch, 'xliff', `${config.targetLocales[0]}.xlf`), 'utf8')).keys()].sort();

test('the source has strings to translate', () => {
  assert.ok(source.length > 50, `only ${source.length} strings extracted`);
});

for (const locale of config.targetLocales) {
  test(`${locale}: every source string is translated in xliff/${locale}.xlf`, () => {
    const committed = units(readFileSync(join(root, config.interchange.xliffDir, `${locale}.xlf`), 'utf8'));
    const missing = source.filter((id) => !committed.get(id));
    assert.deepEqual(
      missing,
      [],
      `${locale} misses ${missing.length} strings: run npx lit-localize extract, translate the new <trans-unit>s, then npx lit-localize build`,
    );
  });

  test(`${locale}: the generated runtime module has exactly the source strings`, () => {
    const generated = readFileSync(join(root, config.output.outputDir, `${locale}.ts`), 'utf8');
    const ids = [...generated.matchAll(/^[ \t]*'(s[0-9a-f]+)':/gm)].map((match) => match[1]).sort();
    assert.deepEqual(ids, source, `src/locales/generated/${locale}.ts is out of date: run npx lit-localize build`);
  });
}

test('no stray locale files', () => {
  const files = readdirSync(join(root, config.interchange.xliffDir))
    .map((file) => file.replace(/\.xlf$/, ''))
    .sort();
  assert.deepEqual(files, [...config.targetLocales].sort());
});
