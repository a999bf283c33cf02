// `npm run test:scripts`: the build's minifier of Lit templates (scripts/minify-literals.ts): what it changes,
// what it leaves, and that its source map still points at the lines the code came from.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SourceMapConsumer } from 'source-map-js';
import { minifyLiterals, minifyLiteralsPlugin } from './minify-literals.ts';

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

test('collapses the indentation of html templates into one space, and minifies css templates', () => {
  const out = minifyLiterals(SOURCE).toString();
  assert.match(out, /html`<li class="row" title=\$\{item\.title\} > \$\{item\.done/);
  assert.match(out, /html`<span> done <\/span>`/, 'a template inside an expression too');
  assert.match(out, /: nothing \/\/ a line comment inside an expression\n {4}\}/, 'the expression as written');
  assert.match(out, /`keep\n {3}this`/, 'an untagged template as written');
  assert.match(out, /str`keep\n {3}this too`/, 'another tag as written');
  assert.match(out, /css`:host\{display:block\}`/, 'css minified as css');
});

test('leaves a file without templates to minify alone', () => {
  const plugin = minifyLiteralsPlugin();
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

test('the source map points at the lines the code came from', () => {
  const result = minifyLiteralsPlugin().transform.call({}, SOURCE, '/p/src/a.ts');
  assert.notEqual(result.code, SOURCE);
  assert.equal(originalLine(result, 'const label'), 13, 'after the html templates');
  assert.equal(originalLine(result, 'export const marker'), 22, 'after the css template too');
});

test('keeps the quoted strings of css templates as written', () => {
  const out = minifyLiterals('const s = css`\n  .a::before {\n    content: ": , ; }";\n    font-family: \'A  B\', serif;\n  }\n`;').toString();
  assert.match(out, /css`\.a::before\{content:": , ; \}";font-family:'A {2}B',serif\}`/);
});
