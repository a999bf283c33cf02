// What the user does to the selection inside <dam-picker>: toggle and activate tiles, remove from the
// footer list (focus moves to the next remove button), pick an upload, and the max-items notice,
// re-announced each time a full selection refuses an asset.
import { msg, str } from '@lit/localize';
import type { ReactiveElement } from 'lit';
import type { DamAsset } from '../../api/types.js';
import { allowedAsset, type Restrictions } from '../../api/restrictions.js';
import type { Selection } from './selection.js';

export interface SelectionHost extends ReactiveElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The grid, to take focus when the footer list empties. */
  readonly grid: HTMLElement | null;
}

export class SelectionController {
  readonly selection: Selection;
  /** The footer's live notice ('' when there is nothing to say). */
  notice = '';

  readonly #host: SelectionHost;
  readonly #formatNumber: (value: number) => string;
  readonly #restrictions: () => Restrictions;

  constructor(host: SelectionHost, options: { selection: Selection; formatNumber: (value: number) => string; restrictions: () => Restrictions }) {
    this.#host = host;
    this.selection = options.selection;
    this.#formatNumber = options.formatNumber;
    this.#restrictions = options.restrictions;
  }

  /** A tile was toggled; a full selection refuses it and says so. */
  toggle(asset: DamAsset): void {
    if (!this.selection.toggle(asset)) this.sayLimit();
    else this.notice = this.selection.full ? this.#limitText() : '';
    this.#host.requestUpdate();
  }

  /** A tile was activated (double-click, Enter): in single mode that picks it; returns whether to confirm. */
  activate(asset: DamAsset): boolean {
    if (this.selection.mode !== 'single') return false;
    this.selection.select(asset);
    return true;
  }

  /** Removes an asset from the footer list and moves focus to the next remove button (or the grid). */
  remove(asset: DamAsset): void {
    const buttons = [...this.#host.renderRoot.querySelectorAll<HTMLElement>('[part~="selection-remove"]')];
    const index = buttons.findIndex((button) => button.dataset['id'] === asset.id);
    this.selection.toggle(asset);
    this.notice = '';
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => {
      const remaining = [...this.#host.renderRoot.querySelectorAll<HTMLElement>('[part~="selection-remove"]')];
      const next = remaining[Math.min(index, remaining.length - 1)];
      if (next) next.focus();
      else this.#host.grid?.focus();
    });
  }

  /** An upload was imported: pick it (it is not searchable yet) unless it is outside the restrictions. */
  uploaded(asset: DamAsset): void {
    if (allowedAsset(asset, this.#restrictions()) && !this.selection.has(asset.id) && !this.selection.toggle(asset)) this.sayLimit();
    this.remember([asset]);
  }

  /** Keeps the data of picked assets current (search results, a renamed upload). */
  remember(assets: readonly DamAsset[]): void {
    this.selection.remember(assets);
    this.#host.requestUpdate();
  }

  /** Says the limit again. */
  sayLimit(): void {
    this.say(this.#limitText());
  }

  /** Says `text` in the footer's live region, again if it is already there (a live region announces a change only: clear it first). */
  say(text: string): void {
    this.notice = '';
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => {
      this.notice = text;
      this.#host.requestUpdate();
    });
  }

  #limitText(): string {
    return msg(str`You can pick at most ${this.#formatNumber(Number.isFinite(this.selection.maxItems) ? this.selection.maxItems : 0)} assets.`);
  }
}
