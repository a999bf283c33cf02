// The focus rings a user sees: every element, across shadow roots, that draws an outline.
export function focusRings(root: Document | ShadowRoot = document): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    const style = getComputedStyle(element);
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) found.push(element);
    if (element.shadowRoot) found.push(...focusRings(element.shadowRoot));
  }
  return found;
}
