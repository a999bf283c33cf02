// Which tiles of <dam-asset-grid> may fetch their thumbnail now. During a fast scroll (a fling, a dragged
// scrollbar, a held key) tiles fly past faster than an editor can look at them; fetching and decoding each of their
// thumbnails took the frames the scroll needed (on 2 cores, over a quarter of them missed at 7,200 px/s). So a tile
// first drawn during a fast scroll shows its empty thumbnail box, and gets its image once the scroll slows down or
// stops. A tile whose thumbnail was allowed once keeps it (no image is taken away again).
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Faster than this (px per ms; 2,000 px/s, about a screen in a quarter of a second) is a fast scroll. */
const FAST = 2;
/** Scroll events further apart than this (ms) are not one movement: the later one starts a new scroll. */
const PAUSE = 100;
/** The scroll has stopped when no scroll event came for this long (ms). */
const SETTLE = 150;

export class ThumbnailGate implements ReactiveController {
  #allowed = new WeakSet<object>();
  #fast = false;
  #top = 0;
  #time = -Infinity;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#settle();
  }

  /** Whether `asset`'s thumbnail may load now; once it may, it may for good. */
  allows(asset: object): boolean {
    if (this.#allowed.has(asset)) return true;
    if (this.#fast) return false;
    this.#allowed.add(asset);
    return true;
  }

  /** The scroller moved to `top` (its scrollTop) at `time` (the scroll event's timeStamp). */
  scrolled(top: number, time: number): void {
    // A scroll after a pause (a key press, a click on the scrollbar's track, a jump to a position) lands where the
    // editor wants to look: only a run of scroll events can be fast.
    const elapsed = time - this.#time;
    const speed = elapsed <= PAUSE ? Math.abs(top - this.#top) / Math.max(elapsed, 16) : 0;

    this.#top = top;
    this.#time = time;
    clearTimeout(this.#timer);
    if (speed > FAST) {
      this.#fast = true;
      this.#timer = setTimeout(() => this.#settle(), SETTLE);
    } else this.#settle();
  }

  /** A new list starts at the top: its first screen loads at once. */
  reset(): void {
    clearTimeout(this.#timer);
    this.#fast = false;
    // The scroller is about to be put back at the top: that is no scroll of the editor's.
    this.#top = 0;
  }

  #settle(): void {
    clearTimeout(this.#timer);
    if (!this.#fast) return;
    this.#fast = false;
    this.host.requestUpdate();
  }
}
