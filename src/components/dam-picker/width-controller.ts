// Tracks the picker's own width (not the window's: the picker may sit in a narrow dialog or
// sidebar), so the browse sidebar can collapse on narrow widths, and the details panel cover the results where
// it would leave them too little room.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Below this width the sidebar overlays the results and starts closed. */
const NARROW_WIDTH = 720;
/** From this width the sidebar, the details panel (360 px) and two columns of tiles fit side by side. */
const ROOMY_WIDTH = 900;

export class WidthController implements ReactiveController {
  narrow = false;
  /** Room for the details panel beside the results while the sidebar is open too. */
  roomy = false;
  readonly #host: ReactiveControllerHost & HTMLElement;
  #observer: ResizeObserver | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer ??= new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      const narrow = width > 0 && width < NARROW_WIDTH;
      const roomy = width >= ROOMY_WIDTH;
      if (narrow !== this.narrow || roomy !== this.roomy) {
        this.narrow = narrow;
        this.roomy = roomy;
        this.#host.requestUpdate();
      }
    });
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}
