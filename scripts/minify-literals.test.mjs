// `npm run test:scripts`: the build's minifiers of Lit templates (scripts/minify-html-literals.ts and
// scripts/minify-css-literals.ts): what they change, what they leave, and that their source maps still point
// at the lines the code came from.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SourceMapConsumer } from 'source-map-js';
import { minifyHtmlLiterals, minifyHtmlLiteralsPlugin } from './minify-html-literals.ts';
import { minifyCssLiterals } from './minify-css-literals.ts';

const SOURCE = `import { html, css } from 'lit';
const row = (item) => html\`<li
    class="row"
    title=\${item.title}
  >
    \${item.done
      ? html\`<span>
          done
        </span>\`
      : nothing // a line comment inside an expression
    }
  </li>\`;
const label = \`keep
   this\`;
const text = str\`keep
   this too\`;
const styles = css\`
  :host {
    display: block;
  }
\`;
export const marker = 1;
`;

test('collapses the line breaks and indentation of html templates into one space', () => {
  const out = minifyHtmlLiterals(SOURCE).toString();
  assert.match(out, /html`<li class="row" title=\$\{item\.title\} > \$\{item\.done/);
  assert.match(out, /html`<span> done <\/span>`/, 'a template inside an expression too');
  assert.match(out, /: nothing \/\/ a line comment inside an expression\n {4}\}/, 'the expression as written');
  assert.match(out, /`keep\n {3}this`/, 'an untagged template as written');
  assert.match(out, /str`keep\n {3}this too`/, 'another tag as written');
  assert.match(out, /css`\n {2}:host \{/, 'css is the other plugin’s');
});

test('leaves a file without html templates alone', () => {
  const plugin = minifyHtmlLiteralsPlugin();
  assert.equal(plugin.transform.call({}, 'const a = `x\n  y`;\n', '/p/src/a.ts'), null);
  assert.equal(plugin.transform.call({}, SOURCE, '/p/node_modules/lit/a.ts'), null, 'only our sources');
});

/** The original line of the first occurrence of `needle` in a transform's output, through its source map. */
function originalLine(result, needle) {
  const index = result.code.indexOf(needle);
  const before = result.code.slice(0, index).split('\n');
  const consumer = new SourceMapConsumer(result.map);
  return consumer.originalPositionFor({ line: before.length, column: before.at(-1).length }).line;
}

test('the source maps point at the lines the code came from', () => {
  const html = minifyHtmlLiteralsPlugin().transform.call({}, SOURCE, '/p/src/a.ts');
  assert.notEqual(html.code, SOURCE);
  assert.equal(originalLine(html, 'export const marker'), 22);
  assert.equal(originalLine(html, 'const label'), 13);
  const styles = minifyCssLiterals().transform.call({}, SOURCE, '/p/src/a.ts');
  assert.match(styles.code, /css`:host\{display: block\}`/);
  assert.equal(originalLine(styles, 'export const marker'), 22);
});
