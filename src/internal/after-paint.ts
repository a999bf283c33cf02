// After the frame that shows what was just rendered, and after images have been decoded: work that must not delay
// the first paint (the sidebar's and the virtualizer's code after the first results and their thumbnails) waits
// for these.

/** Resolves after the next animation frame has been painted (the task that follows it). */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

/**
 * Resolves when every one of `images` has loaded and decoded, ready to be painted, or failed; or after `limit` ms,
 * whichever comes first (a slow or stalled image does not hold back what waits for them).
 */
export function imagesSettled(images: Iterable<HTMLImageElement>, limit: number): Promise<unknown> {
  return Promise.race([Promise.allSettled([...images].map((image) => image.decode())), new Promise((resolve) => setTimeout(resolve, limit))]);
}
