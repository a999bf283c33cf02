// A Vite plugin that minifies the CSS inside Lit `css` tagged templates of our
// own sources (the bundler keeps template literals verbatim). Interpolations
// are left alone; only comments and insignificant whitespace go.
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
      return { code: code.replace(/css`([^`]*)`/g, (_match, body: string) => `css\`${minifyCssLiteral(body)}\``), map: null };
    },
  };
}
