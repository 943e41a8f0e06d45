/**
 * A build step for the bundles: strips comments and folds white space inside Lit's css`…`
 * stylesheets, which the JavaScript minifier leaves as they are (they are template strings).
 * About 2 KB of the viewer's gzipped bundle. Written here (a few lines) because the plugins that do
 * this also rewrite html`…` templates, which we do not want touched.
 */
import type { Plugin } from 'vite';

/** The stylesheet text, minified: comments out, runs of white space folded, none around punctuation. */
export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .trim();
}

/** Minifies every css`…` literal in our own source files during a build (never in tests or dev). */
export function minifyCssLiterals(): Plugin {
  return {
    name: 'history-timeline:minify-css-literals',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      // A css`…` literal up to its closing backtick; `${…}` interpolations inside hold no backticks.
      const out = code.replace(/css`((?:\\[\s\S]|[^\\`])*)`/g, (_whole, body: string) => {
        const parts = body.split(/(\$\{[^}]*\})/);
        return `css\`${parts.map((part, i) => (i % 2 ? part : minifyCss(part))).join('')}\``;
      });
      return out === code ? null : { code: out, map: null };
    },
  };
}
