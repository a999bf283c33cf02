// Alt text per use (`alt-text`): the editor's text for each selected image, prefilled from the DAM's
// description, or "decorative" (`alt: ""`). With `required`, Insert waits until every selected image has one,
// and says why. `dam-select` carries `alt` on images whenever the mode is not `off`.
import { msg, str } from '@lit/localize';
import type { ReactiveControllerHost } from 'lit';
import type { DamAsset } from '../../api/types.js';
import type { AltEntry, AltTextMode } from '../dam-asset-details/dam-asset-details.types.js';

export class AltTextController {
  mode: AltTextMode = 'off';
  readonly #host: ReactiveControllerHost;
  readonly #entries = new Map<string, AltEntry>();

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** Whether the editor is asked for this asset's alt text. */
  applies(asset: DamAsset): boolean {
    return this.mode !== 'off' && asset.type === 'image';
  }

  /** The editor's entry, or the DAM's description until they change it. */
  entry(asset: DamAsset): AltEntry {
    return this.#entries.get(asset.id) ?? { text: asset.description?.trim() ?? '', decorative: false };
  }

  set(assetId: string, entry: AltEntry): void {
    this.#entries.set(assetId, entry);
    this.#host.requestUpdate();
  }

  /** Why these assets cannot be inserted yet (`required` and an image without alt text); empty: they can. */
  blockedReason(assets: readonly DamAsset[], formatNumber: (value: number) => string): string {
    if (this.mode !== 'required') return '';
    const missing = assets.filter((asset) => this.applies(asset) && !this.#done(this.entry(asset))).length;
    if (missing === 0) return '';
    return missing === 1
      ? msg('Add alt text to the selected image, or mark it as decorative.')
      : msg(str`Add alt text to ${formatNumber(missing)} selected images, or mark them as decorative.`);
  }

  /**
   * The assets as the host receives them: images with `alt` (`""` when decorative) unless the mode is `off`. An
   * image left without text under `optional` has no `alt`: `""` would claim it decorative.
   */
  withAlt(assets: readonly DamAsset[]): DamAsset[] {
    return assets.map((asset) => {
      if (!this.applies(asset)) return asset;
      const entry = this.entry(asset);
      const text = entry.text.trim();
      if (entry.decorative) return { ...asset, alt: '' };
      return text ? { ...asset, alt: text } : asset;
    });
  }

  #done(entry: AltEntry): boolean {
    return entry.decorative || entry.text.trim() !== '';
  }
}
