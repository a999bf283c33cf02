// A Vite plugin that shortens the markup inside Lit `html` and `svg` tagged templates of our own sources: each
// run of whitespace that holds a line break (the source's indentation) becomes one space. The browser renders a
// run of whitespace as one space anyway (none of our templates holds <pre>, <textarea> or `white-space: pre`),
// so what is drawn does not change; only the bytes do (the bundler keeps template literals verbatim). Only the
// templates' literal parts change, found with TypeScript's parser: the expressions inside `${}` stay as written.
import MagicString from 'magic-string';
import ts from 'typescript';
import type { Plugin } from 'vite';

const TAGS = new Set(['html', 'svg']);

/** The literal parts of `source`'s `html` and `svg` templates: [start, end) of each, between its delimiters. */
function literalParts(source: string, fileName: string): Array<[number, number]> {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const parts: Array<[number, number]> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const template = node.template;
      // A literal part starts after ` or } and ends before ` or ${.
      if (ts.isNoSubstitutionTemplateLiteral(template)) parts.push([template.getStart(file) + 1, template.end - 1]);
      else {
        parts.push([template.head.getStart(file) + 1, template.head.end - 2]);
        for (const { literal } of template.templateSpans) parts.push([literal.getStart(file) + 1, literal.end - (ts.isTemplateTail(literal) ? 1 : 2)]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return parts;
}

/** `source` with the whitespace of its `html` and `svg` templates' literal parts collapsed, as a MagicString (for its source map). */
export function minifyHtmlLiterals(source: string, fileName = 'file.ts'): MagicString {
  const out = new MagicString(source);
  for (const [start, end] of literalParts(source, fileName)) {
    const text = source.slice(start, end);
    const collapsed = text.replace(/\s+/g, (run) => (run.includes('\n') ? ' ' : run));
    if (collapsed !== text) out.overwrite(start, end, collapsed);
  }
  return out;
}

export function minifyHtmlLiteralsPlugin(): Plugin {
  return {
    name: 'dam-picker:minify-html-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(?:html|svg)`/.test(code)) return null;
      const out = minifyHtmlLiterals(code, id);
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true, source: id }) } : null;
    },
  };
}
