// custom-elements.json (the `customElements` field of package.json), generated from the
// elements' JSDoc by `npm run build`: editors, Storybook and framework tooling read it.

/**
 * Each element class names its tag in its JSDoc (`@tag dam-picker`); registration lives in src/define.ts, not
 * beside the class, so the analyzer finds no `customElements.define` to link. This plugin keeps only tagged classes
 * as elements (the analyzer also marks untagged direct LitElement subclasses, such as a shared base class) and adds
 * the `custom-element-definition` export tools look for.
 */
function elementsFromTagJsDoc() {
  return {
    name: 'elements-from-tag-jsdoc',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          if (!declaration.tagName) {
            delete declaration.customElement;
            continue;
          }
          declaration.customElement = true;
          const exports = (module.exports ??= []);
          if (!exports.some((entry) => entry.kind === 'custom-element-definition' && entry.name === declaration.tagName)) {
            exports.push({ kind: 'custom-element-definition', name: declaration.tagName, declaration: { name: declaration.name, module: module.path } });
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts'],
  outdir: 'dist',
  litelement: true,
  // package.json already names the file; the analyzer would otherwise rewrite that line.
  packagejson: false,
  plugins: [elementsFromTagJsDoc()],
};
