// Registers the picker's elements for the package entry (src/index.ts) and the script tag: the core elements
// at once; the others are chunks of their own (src/internal/lazy-elements.ts), defined when a picker renders
// them or, for tags the page writes itself (a `<dam-picker-dialog>` in its markup), when one appears in the
// document. Tags already defined are skipped (a page may load two copies). `dam-picker/define` (src/define.ts)
// registers every element at once instead.
import { DamAssetGrid } from './components/dam-asset-grid/dam-asset-grid.js';
import { DamBreadcrumb } from './components/dam-breadcrumb/dam-breadcrumb.js';
import { DamPicker } from './components/dam-picker/dam-picker.js';
import { DamSearchBox } from './components/dam-search-box/dam-search-box.js';
import { defineLazy, LAZY_TAGS } from './internal/lazy-elements.js';
import { watchTags } from './loader/watch.js';

const core: Record<string, CustomElementConstructor> = {
  'dam-picker': DamPicker,
  'dam-search-box': DamSearchBox,
  'dam-asset-grid': DamAssetGrid,
  'dam-breadcrumb': DamBreadcrumb,
};

for (const [tag, element] of Object.entries(core)) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

watchTags(LAZY_TAGS, (element) => void defineLazy(element.localName).catch(() => undefined));
