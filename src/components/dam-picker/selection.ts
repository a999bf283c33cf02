// The picker's selection: ids in the order the user picked them, with the
// asset for every id seen so far. It lives outside the result list, so a picked
// asset stays picked when it scrolls out of view or the query changes.
import type { DamAsset } from '../../api/types.js';

export type SelectionMode = 'single' | 'multiple';

export class Selection {
  #ids: string[] = [];
  readonly #assets = new Map<string, DamAsset>();
  #idSet: ReadonlySet<string> = new Set();

  constructor(
    public mode: SelectionMode = 'single',
    public maxItems = Infinity,
  ) {}

  /** A new Set on every change, so Lit sees the change. */
  get ids(): ReadonlySet<string> {
    return this.#idSet;
  }

  get size(): number {
    return this.#ids.length;
  }

  get full(): boolean {
    return this.mode === 'multiple' && this.#ids.length >= this.maxItems;
  }

  has(id: string): boolean {
    return this.#idSet.has(id);
  }

  /** Replaces the selection with these ids (a host's preselection). */
  reset(ids: readonly string[]): void {
    const unique = [...new Set(ids)];
    this.#ids = this.mode === 'single' ? unique.slice(0, 1) : unique.slice(0, this.maxItems);
    this.#commit();
  }

  /** Remembers assets as they are loaded, so preselected ids gain their data. */
  remember(assets: readonly DamAsset[]): void {
    for (const asset of assets) if (this.#idSet.has(asset.id)) this.#assets.set(asset.id, asset);
  }

  /** Toggles an asset; returns false when the selection is full and the asset was not added. */
  toggle(asset: DamAsset): boolean {
    if (this.#idSet.has(asset.id)) {
      this.#ids = this.#ids.filter((id) => id !== asset.id);
      this.#assets.delete(asset.id);
    } else if (this.mode === 'single') {
      this.#ids = [asset.id];
      this.#assets.clear();
      this.#assets.set(asset.id, asset);
    } else if (this.full) {
      return false;
    } else {
      this.#ids = [...this.#ids, asset.id];
      this.#assets.set(asset.id, asset);
    }
    this.#commit();
    return true;
  }

  /** Makes sure this asset is selected (a single-mode activation). */
  select(asset: DamAsset): void {
    if (!this.#idSet.has(asset.id)) this.toggle(asset);
  }

  clear(): void {
    this.#ids = [];
    this.#assets.clear();
    this.#commit();
  }

  /** Selected ids whose asset data has not been seen yet. */
  missing(): string[] {
    return this.#ids.filter((id) => !this.#assets.has(id));
  }

  /** The selected assets, in picking order (ids with no data yet are left out). */
  assets(): DamAsset[] {
    return this.#ids.flatMap((id) => {
      const asset = this.#assets.get(id);
      return asset ? [asset] : [];
    });
  }

  #commit(): void {
    this.#idSet = new Set(this.#ids);
    for (const id of this.#assets.keys()) if (!this.#idSet.has(id)) this.#assets.delete(id);
  }
}
