// The details panel of <dam-picker>, as the picker sees it. The panel's element and its controller
// (dam-asset-details/details-panel.ts: opening, stepping, closing, the template) are one chunk, loaded the
// first time an editor opens details: none of it is on the way to the first results.
import { nothing, type TemplateResult } from 'lit';
import type { DamAsset } from '../../api/types.js';
import type { DamSource } from '../../internal/dam-source.js';
import { defineLazy } from '../../internal/lazy-elements.js';
import type { DetailsHost, DetailsPanel, DetailsView } from '../dam-asset-details/details-panel.js';
import type { PickerState } from './picker-state.js';
import type { ResultsController } from './results-controller.js';

export class DetailsController {
  readonly #create: () => Promise<DetailsPanel>;
  #loading: Promise<DetailsPanel> | undefined;
  #panel: DetailsPanel | undefined;

  constructor(host: DetailsHost, state: PickerState, results: ResultsController, dam: () => DamSource | undefined) {
    this.#create = async () => {
      const [{ DetailsPanel }] = await Promise.all([import('../dam-asset-details/details-panel.js'), defineLazy('dam-asset-details')]);
      return new DetailsPanel(host, state, results, dam);
    };
  }

  /** Opens the details of `asset` (loading the panel the first time) and moves focus to its heading. */
  async open(asset: DamAsset): Promise<void> {
    // A failed load is forgotten: the next try loads again.
    this.#loading ??= this.#create().catch((error: unknown) => {
      this.#loading = undefined;
      throw error;
    });
    this.#panel = await this.#loading;
    await this.#panel.open(asset);
  }

  /** New results arrived: a step waiting for the next page lands. */
  resultsChanged(): void {
    this.#panel?.resultsChanged();
  }

  render(view: DetailsView): TemplateResult | typeof nothing {
    return this.#panel?.render(view) ?? nothing;
  }
}
