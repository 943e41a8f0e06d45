/**
 * custom-elements-manifest analyzer config: `npm run build:manifest` writes ./custom-elements.json
 * from the JSDoc of the elements (@summary, @attr, @fires, @csspart, @cssproperty [--name=default]).
 */

/**
 * Elements register through `defineElement('tag-name', Class)` (src/define.ts, a guarded
 * customElements.define), which the analyzer does not know; this records the same
 * custom-element-definition export that a `customElements.define` call would.
 */
function defineElementCalls() {
  return {
    name: 'history-timeline/define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'defineElement') return;
      const [tagArg, classArg] = node.arguments;
      if (!tagArg || !classArg || !ts.isStringLiteralLike(tagArg) || !ts.isIdentifier(classArg)) return;
      const alreadyDefined = (moduleDoc.exports ?? []).some(
        (e) => e.kind === 'custom-element-definition' && e.name === tagArg.text,
      );
      if (alreadyDefined) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tagArg.text,
          declaration: { name: classArg.text, module: moduleDoc.path },
        },
      ];
    },
  };
}

/** Points module paths at the published JavaScript (dist/lib/) instead of the TypeScript source. */
function publishedModulePaths() {
  const toDist = (path) => path.replace(/^src\/(.*)\.ts$/, 'dist/lib/$1.js');
  const rewrite = (value) => {
    if (Array.isArray(value)) return value.forEach(rewrite);
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof child === 'string') value[key] = toDist(child);
      else rewrite(child);
    }
  };
  return {
    name: 'history-timeline/published-module-paths',
    packageLinkPhase({ customElementsManifest }) {
      rewrite(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['src/timeline/**/*.ts', 'src/editor/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [defineElementCalls(), publishedModulePaths()],
};
