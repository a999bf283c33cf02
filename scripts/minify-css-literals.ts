// A Vite plugin that minifies the CSS inside Lit `css` tagged templates of our
// own sources (the bundler keeps template literals verbatim). Interpolations
// are left alone; only comments and insignificant whitespace go.
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

export function minifyCssLiteral(text: string): string {
  return (
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      // Whitespace is one space by now; `\s*` around the punctuation would be quadratic on long runs.
      .replace(/ ?([{};,>]) ?/g, '$1')
      .replace(/;\}/g, '}')
      .trim()
  );
}

export function minifyCssLiterals(): Plugin {
  return {
    name: 'dam-picker:minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = new MagicString(code);
      for (const match of code.matchAll(/css`([^`]*)`/g)) {
        const start = match.index + 'css`'.length;
        const body = match[1]!;
        const minified = minifyCssLiteral(body);
        if (minified === body) continue;
        if (minified) out.overwrite(start, start + body.length, minified);
        else out.remove(start, start + body.length);
      }
      // A source map, since the bodies' line breaks go: the code after them keeps its lines in the map.
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true, source: id }) } : null;
    },
  };
}
