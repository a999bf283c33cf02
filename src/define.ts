// Registers every custom element of the picker. Importing a class defines
// nothing; this module does, and skips tags already defined (a page may load two copies).
import { DamAssetGrid } from './components/dam-asset-grid/dam-asset-grid.js';
import { DamPicker } from './components/dam-picker/dam-picker.js';
import { DamSearchBox } from './components/dam-search-box/dam-search-box.js';

const elements: Record<string, CustomElementConstructor> = {
  'dam-picker': DamPicker,
  'dam-search-box': DamSearchBox,
  'dam-asset-grid': DamAssetGrid,
};

for (const [tag, element] of Object.entries(elements)) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
