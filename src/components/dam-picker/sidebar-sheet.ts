// The sidebar as a sheet on narrow widths: it covers the picker's full height, a close button, Escape, a tap
// on the scrim or a swipe towards its edge closes it, Tab stays inside it (sentinels at both ends wrap focus
// around), and focus goes to its close button when it opens and back to the toggle when it closes.
import type { ReactiveControllerHost } from 'lit';

/** A swipe closes the sheet past this distance (px), when mostly horizontal. */
const SWIPE_DISTANCE = 60;

interface SheetHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** Focusable elements in tree order, looking inside open shadow roots and slots' assigned elements. */
function tabbables(root: Element | ShadowRoot, found: HTMLElement[] = []): HTMLElement[] {
  for (const element of Array.from(root.children)) {
    if (!(element instanceof HTMLElement) || element.hidden || element.inert) continue;
    if (element.tabIndex >= 0 && !(element as HTMLButtonElement).disabled && element.getClientRects().length > 0) found.push(element);
    if (element.shadowRoot) tabbables(element.shadowRoot, found);
    else tabbables(element, found);
  }
  return found;
}

export class SidebarSheet {
  readonly #host: SheetHost;
  readonly #close: () => void;
  #start: { id: number; x: number; y: number } | undefined;

  constructor(host: SheetHost, close: () => void) {
    this.#host = host;
    this.#close = close;
  }

  get #sheet(): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>('.sidebar');
  }

  /** The sentinel before the first control took focus (Shift+Tab from the first): go to the last. */
  readonly onWrapToEnd = (): void => {
    const sheet = this.#sheet;
    const all = sheet ? tabbables(sheet).filter((element) => !element.classList.contains('trap')) : [];
    all.at(-1)?.focus();
  };

  /** The sentinel after the last control took focus (Tab from the last): go to the first. */
  readonly onWrapToStart = (): void => {
    const sheet = this.#sheet;
    const all = sheet ? tabbables(sheet).filter((element) => !element.classList.contains('trap')) : [];
    all[0]?.focus();
  };

  readonly onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse' || !event.isPrimary) return;
    this.#start = { id: event.pointerId, x: event.clientX, y: event.clientY };
  };

  /** Follows the finger towards the edge, so the sheet moves with the swipe. */
  readonly onPointerMove = (event: PointerEvent): void => {
    const start = this.#start;
    const sheet = this.#sheet;
    if (!start || start.id !== event.pointerId || !sheet) return;
    const offset = this.#towardsEdge(event.clientX - start.x);
    const horizontal = Math.abs(event.clientX - start.x) > Math.abs(event.clientY - start.y);
    sheet.style.translate = horizontal && offset > 0 ? `${this.#rtl(sheet) ? offset : -offset}px 0` : '';
  };

  readonly onPointerUp = (event: PointerEvent): void => {
    const start = this.#start;
    const sheet = this.#sheet;
    if (!start || start.id !== event.pointerId) return;
    this.#start = undefined;
    if (sheet) sheet.style.translate = '';
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (event.type === 'pointerup' && this.#towardsEdge(dx) >= SWIPE_DISTANCE && Math.abs(dx) > 1.5 * Math.abs(dy)) this.#close();
  };

  /** How far a horizontal move goes towards the sheet's edge (the start side: left, or right when right to left). */
  #towardsEdge(dx: number): number {
    const sheet = this.#sheet;
    return sheet && this.#rtl(sheet) ? dx : -dx;
  }

  #rtl(element: HTMLElement): boolean {
    return getComputedStyle(element).direction === 'rtl';
  }
}
