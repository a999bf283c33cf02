// Roving focus for a virtualised composite widget (the asset grid's listbox, the folder tree): one item
// carries tabindex 0, keys move it, and focus stays inside the widget while the active item is scrolled
// out of the DOM and back. The widget keeps its own key model (2-D grid, tree) and says where a key goes.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** `index` kept inside `0 … count - 1` (0 when there is nothing). */
export function clampIndex(index: number, count: number): number {
  return Math.min(Math.max(0, Math.trunc(index)), Math.max(0, count - 1));
}

/** Where Home and End go among `count` items; `undefined` for any other key or no items. */
export function homeEndTarget(key: string, count: number): number | undefined {
  if (count <= 0) return undefined;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

export interface RovingFocusOptions {
  /** Number of focusable items. */
  count(): number;
  /** The item's element when it is rendered, else `null`. */
  itemAt(index: number): HTMLElement | null;
  /** The widget's container: it takes the tab stop (and parked focus) while the active item is not rendered. */
  container(): HTMLElement | null;
  /** Scrolls an item that is not rendered into view (through the virtualizer). */
  scrollToIndex(index: number): void;
  /**
   * Where the active index lives when the host keeps it itself (the tree keeps an id, as rows move
   * when folders open). Default: in the controller.
   */
  active?: { get(): number; set(index: number): void };
  /** What identifies the item at an index across re-renders (default: the index). */
  keyAt?(index: number): unknown;
  /** Move focus from the container back to the active item when it is rendered again. Default: no. */
  refocusWhenRendered?: boolean;
}

export class RovingFocusController implements ReactiveController {
  readonly #host: ReactiveControllerHost & { readonly shadowRoot: ShadowRoot | null };
  readonly #options: RovingFocusOptions;
  #activeIndex = 0;
  #rendered = { first: -1, last: -1 };
  #parking = false;
  #pointerDown = false;

  constructor(host: ReactiveControllerHost & { readonly shadowRoot: ShadowRoot | null }, options: RovingFocusOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Index of the item that carries `tabindex="0"`. */
  get activeIndex(): number {
    return this.#options.active ? this.#options.active.get() : this.#activeIndex;
  }

  set activeIndex(index: number) {
    if (this.#options.active) this.#options.active.set(index);
    else if (index !== this.#activeIndex) this.#activeIndex = index;
    else return;
    this.#host.requestUpdate();
  }

  /** Whether the active item is in the DOM now (otherwise the container takes the tab stop). */
  get activeRendered(): boolean {
    const index = this.activeIndex;
    return index >= this.#rendered.first && index <= this.#rendered.last;
  }

  /** `tabindex` of the item at `index`. */
  itemTabIndex(index: number): 0 | -1 {
    return index === this.activeIndex ? 0 : -1;
  }

  /** `tabindex` of the container: the tab stop while the active item is not rendered (and there is one). */
  get containerTabIndex(): 0 | -1 {
    return this.activeRendered || this.#options.count() === 0 ? -1 : 0;
  }

  /** Keeps the active index inside the items; `reset` starts over at the first one (new results). */
  clamp(reset = false): void {
    this.#activeIndex = reset ? 0 : clampIndex(this.#activeIndex, this.#options.count());
    if (reset) this.#rendered = { first: -1, last: -1 };
  }

  /** Makes `index` the active item, brings it into view (through the virtualizer when needed) and focuses it. */
  async focusIndex(index: number): Promise<void> {
    const count = this.#options.count();
    if (count === 0) return;
    this.activeIndex = clampIndex(index, count);
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const key = this.#keyAt(this.activeIndex);
    // The same item, wherever it is now; -1 once a later key press or click made another one active.
    const wanted = (): number => (this.#keyAt(this.activeIndex) === key ? this.activeIndex : -1);
    let element = this.#options.itemAt(wanted());
    if (!element) {
      // Right after new items arrive the virtualizer has not rendered yet; the item may already be in view.
      await nextFrame();
      if (wanted() < 0) return;
      element = this.#options.itemAt(wanted());
    }
    if (!element) {
      this.#options.scrollToIndex(wanted());
      for (let frame = 0; frame < 30 && !element; frame++) {
        await nextFrame();
        if (wanted() < 0) return; // a later key press took over
        element = this.#options.itemAt(wanted());
      }
      await this.#host.updateComplete;
    } else {
      element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
    element?.focus({ preventScroll: true });
  }

  /** The virtualizer changed which items exist: park focus on the container, or (optionally) bring it back. */
  rangeChanged(first: number, last: number): void {
    const wasRendered = this.activeRendered;
    const root = this.#host.shadowRoot;
    const container = this.#options.container();
    const index = this.activeIndex;
    const activeItem = this.#options.itemAt(index);
    this.#rendered = { first, last };
    if (!this.activeRendered && activeItem && root?.activeElement === activeItem && container) {
      // The focused item is about to leave the DOM; keep keyboard focus inside the widget.
      this.#parking = true;
      container.focus({ preventScroll: true });
      this.#parking = false;
    } else if (this.#options.refocusWhenRendered && this.activeRendered && container && root?.activeElement === container) {
      void this.#host.updateComplete.then(() => {
        if (root.activeElement === container) this.#options.itemAt(index)?.focus({ preventScroll: true });
      });
    }
    if (wasRendered !== this.activeRendered) this.#host.requestUpdate();
  }

  /** A pointer went down on the container: the focus it gets is not from Tab. */
  containerPointerDown(): void {
    this.#pointerDown = true;
    setTimeout(() => (this.#pointerDown = false));
  }

  /** The container itself got focus (from Tab): move it on to the active item. */
  containerFocused(): void {
    if (this.#parking || this.#pointerDown) return;
    void this.focusIndex(this.activeIndex);
  }

  #keyAt(index: number): unknown {
    return this.#options.keyAt ? this.#options.keyAt(index) : index;
  }
}
