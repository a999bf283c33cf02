// A Vite plugin that shortens the Lit templates of our own sources (the bundler keeps template literals verbatim):
// - `css` templates lose their comments and insignificant whitespace (interpolations are left alone);
// - in `html` and `svg` templates, each run of whitespace that holds a line break (the source's indentation)
//   becomes one space. The browser draws a run of whitespace as one space anyway (none of our templates holds
//   <pre>, <textarea> or `white-space: pre`), so what is drawn does not change. Only the templates' literal parts
//   change, found with TypeScript's parser: the expressions inside `${}` stay as written.
// Both edit one MagicString, whose source map keeps the code after a collapsed template on its own source lines.
import MagicString from 'magic-string';
import ts from 'typescript';
import type { Plugin } from 'vite';

export function minifyCssLiteral(text: string): string {
  return (
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      // Quoted strings (`content: ": "`) stay as written: the odd parts of the split.
      .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
      .map((part, index) =>
        index % 2
          ? part
          : part
              .replace(/\s+/g, ' ')
              // Whitespace is one space by now; `\s*` around the punctuation would be quadratic on long runs.
              .replace(/ ?([{};,>]) ?/g, '$1')
              // After a declaration's colon: a selector's colon is never followed by a space.
              .replace(/: /g, ':')
              .replace(/;\}/g, '}'),
      )
      .join('')
      .trim()
  );
}

const MARKUP_TAGS = new Set(['html', 'svg']);

/** The literal parts of `source`'s `html` and `svg` templates: [start, end) of each, between its delimiters. */
function markupParts(source: string, fileName: string): Array<[number, number]> {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const parts: Array<[number, number]> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && MARKUP_TAGS.has(node.tag.text)) {
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

/** `source` with its `css` templates minified and its `html` and `svg` templates' indentation collapsed. */
export function minifyLiterals(source: string, fileName = 'file.ts'): MagicString {
  const out = new MagicString(source);
  const replace = (start: number, end: number, text: string): void => {
    if (text === source.slice(start, end)) return;
    if (text) out.overwrite(start, end, text);
    else out.remove(start, end);
  };
  for (const match of source.matchAll(/css`([^`]*)`/g)) {
    const start = match.index + 'css`'.length;
    replace(start, start + match[1]!.length, minifyCssLiteral(match[1]!));
  }
  if (/\b(?:html|svg)`/.test(source)) {
    for (const [start, end] of markupParts(source, fileName)) {
      replace(
        start,
        end,
        source.slice(start, end).replace(/\s+/g, (run) => (run.includes('\n') ? ' ' : run)),
      );
    }
  }
  return out;
}

export function minifyLiteralsPlugin(): Plugin {
  return {
    name: 'dam-picker:minify-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const out = minifyLiterals(code, id);
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true, source: id }) } : null;
    },
  };
}
