// After the frame that shows what was just rendered: work that must not delay the first paint (the sidebar's
// and the virtualizer's code after the first results) starts here.

/** Resolves after the next animation frame has been painted (the task that follows it). */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}
