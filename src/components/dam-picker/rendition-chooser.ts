// The rendition choice of the confirm step (for providers with renditions, e.g. Bynder's Dynamic Asset
// Transformation): the sizes and formats the provider offers, the editor's choice among them, and applying
// it to the confirmed assets. Plain state, no DOM.
import type { DamAsset, DamProvider, RenditionChoice, RenditionOptions } from '../../api/types.js';

export class RenditionChooser {
  #choice: RenditionChoice | undefined;

  readonly #onChange: () => void;

  constructor(onChange: () => void) {
    this.#onChange = onChange;
  }

  /** The stored choice while both its ids are still offered, else the provider's defaults (the first of each). */
  #choiceFor(options: RenditionOptions): RenditionChoice {
    const choice = this.#choice;
    if (choice && options.sizes.some((size) => size.id === choice.preset) && options.formats.some((format) => format.id === choice.format)) return choice;
    return { preset: options.sizes[0]?.id ?? 'original', format: options.formats[0]?.id ?? 'jpg' };
  }

  /** The footer's view: only when the provider has renditions and a selected asset offers them. */
  view(provider: DamProvider | undefined, selected: readonly DamAsset[]) {
    const options = provider?.renditionOptions;
    if (!options || !provider.hasRenditions || !selected.some((asset) => provider.hasRenditions!(asset))) return undefined;
    return {
      options,
      choice: this.#choiceFor(options),
      onChange: (change: Partial<RenditionChoice>) => {
        this.#choice = { ...this.#choiceFor(options), ...change };
        this.#onChange();
      },
    };
  }

  /** The assets with the chosen rendition's `url` and `rendition` (unchanged where there is none). */
  apply(provider: DamProvider | undefined, assets: DamAsset[]): DamAsset[] {
    const options = provider?.renditionOptions;
    if (!provider?.withRendition || !options) return assets;
    const choice = this.#choiceFor(options);
    return assets.map((asset) => provider.withRendition!(asset, choice));
  }
}
