// The rendition choice of the confirm step (Bynder's Dynamic Asset Transformation): which preset
// and format the footer offers, and applying it to the confirmed assets. Plain state, no DOM.
import type { DamAsset, DamProvider, RenditionChoice } from '../../api/types.js';

export class RenditionChooser {
  choice: RenditionChoice = { preset: 'original', format: 'jpg' };

  readonly #onChange: () => void;

  constructor(onChange: () => void) {
    this.#onChange = onChange;
  }

  /** The footer's view: only when the provider has renditions and a selected asset offers them. */
  view(provider: DamProvider | undefined, selected: readonly DamAsset[]) {
    if (!provider?.hasRenditions || !selected.some((asset) => provider.hasRenditions!(asset))) return undefined;
    return {
      choice: this.choice,
      onChange: (change: Partial<RenditionChoice>) => {
        this.choice = { ...this.choice, ...change };
        this.#onChange();
      },
    };
  }

  /** The assets with the chosen rendition's `url` and `rendition` (unchanged where there is none). */
  apply(provider: DamProvider | undefined, assets: DamAsset[]): DamAsset[] {
    return provider?.withRendition ? assets.map((asset) => provider.withRendition!(asset, this.choice)) : assets;
  }
}
