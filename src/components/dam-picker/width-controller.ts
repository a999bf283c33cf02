// Tracks the picker's own width (not the window's: the picker may sit in a narrow dialog or
// sidebar), so the browse sidebar can collapse on narrow widths.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Below this width the sidebar overlays the results and starts closed. */
const NARROW_WIDTH = 720;

export class WidthController implements ReactiveController {
  narrow = false;
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
      if (narrow !== this.narrow) {
        this.narrow = narrow;
        this.#host.requestUpdate();
      }
    });
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}
