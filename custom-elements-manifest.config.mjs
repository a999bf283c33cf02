// custom-elements.json (the `customElements` field of package.json), generated from the
// elements' JSDoc by `npm run build`: editors, Storybook and framework tooling read it.
import { readFileSync } from 'node:fs';

// Tags are registered in one place (src/define.ts: `'dam-picker': DamPicker,`), not beside each class.
const tags = new Map(
  [...readFileSync(new URL('./src/define.ts', import.meta.url), 'utf8').matchAll(/'([a-z]+-[a-z-]+)': (\w+),/g)].map(([, tag, name]) => [name, tag]),
);

/** Marks the registered classes as elements, names each one's tag, and adds the `custom-element-definition` export tools look for. */
function tagsFromDefine() {
  return {
    name: 'tags-from-define',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const tag = tags.get(declaration.name);
          if (declaration.kind !== 'class') continue;
          // A registered class is an element even when it extends one of our base classes (the analyzer marks
          // direct LitElement subclasses only); a base class that is never registered is not one.
          if (!tag) {
            delete declaration.customElement;
            continue;
          }
          declaration.customElement = true;
          declaration.tagName = tag;
          module.exports = [...(module.exports ?? []), { kind: 'custom-element-definition', name: tag, declaration: { name: declaration.name, module: module.path } }];
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
  plugins: [tagsFromDefine()],
};
