// Finds elements of the given tags in the document, now and whenever they are added (light DOM: a tag inside
// another component's shadow root is not seen — that component's code loads what it renders). Each element
// is reported once. Small and dependency-free: the script tag's loader uses it too.

/** Calls `found` for each element of `tags` in the document, now and as they are added; returns a stop function. */
export function watchTags(tags: readonly string[], found: (element: Element) => void): () => void {
  if (typeof document === 'undefined' || tags.length === 0) return () => undefined;
  const selector = tags.join(',');
  const seen = new WeakSet<Element>();
  const scan = (root: ParentNode): void => {
    const matches = root instanceof Element && root.matches(selector) ? [root, ...root.querySelectorAll(selector)] : root.querySelectorAll(selector);
    for (const element of matches) {
      if (seen.has(element)) continue;
      seen.add(element);
      found(element);
    }
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  });
  observer.observe(document, { childList: true, subtree: true });
  scan(document);
  return () => observer.disconnect();
}
