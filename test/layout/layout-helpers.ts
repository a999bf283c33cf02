// Measuring a picker's layout from outside: every element of its shadow trees (recursively), what sticks out
// of a box, what scrolls sideways, and what is too small to tap. Engine-neutral: only the DOM and CSSOM.
import { waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { engine } from '../support/engine.js';

/** Every element under `root`, descending into open shadow roots, in tree order. */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

/** The parent in the flat tree: the slot an element is assigned to, its parent, or its shadow root's host. */
function flatParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  // Not `instanceof ShadowRoot`: the element may come from a frame (another realm).
  const root = element.parentNode as (Node & { host?: Element }) | null;
  return root?.nodeType === Node.DOCUMENT_FRAGMENT_NODE && root.host ? root.host : null;
}

/** Names an element for a failure message: its hosts, tag, part, class and text. */
export function describeElement(element: Element): string {
  const chain: string[] = [];
  for (let node: Node | null = element; node;) {
    const root = node.getRootNode() as Node & { host?: Element };
    if (!root.host) break;
    chain.unshift(root.host.localName);
    node = root.host;
  }
  const part = element.getAttribute('part');
  const label = `${element.localName}${part ? `[part="${part}"]` : ''}${element.classList.length ? `.${[...element.classList].join('.')}` : ''}`;
  const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
  return `${[...chain, label].join(' › ')}${text ? ` "${text}"` : ''}`;
}

/** The part of an element that can be seen: its box, cut by every clipping ancestor below `stop`; null when none. */
export function visibleBox(element: Element, stop: Element): { left: number; right: number; top: number; bottom: number } | null {
  const getComputedStyle = (of: Element) => of.ownerDocument.defaultView!.getComputedStyle(of);
  const style = getComputedStyle(element);
  if (style.visibility === 'hidden' || style.clipPath.startsWith('inset(50%')) return null;
  const rect = element.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return null;
  let { left, right, top, bottom } = rect;
  for (let ancestor = flatParent(element); ancestor && ancestor !== stop; ancestor = flatParent(ancestor)) {
    const ancestorStyle = getComputedStyle(ancestor);
    if (ancestorStyle.clipPath.startsWith('inset(50%')) return null;
    if (ancestorStyle.overflowX !== 'visible' || ancestorStyle.overflowY !== 'visible') {
      const box = ancestor.getBoundingClientRect();
      left = Math.max(left, box.left);
      right = Math.min(right, box.right);
      top = Math.max(top, box.top);
      bottom = Math.min(bottom, box.bottom);
    }
  }
  return right - left > 0.5 && bottom - top > 0.5 ? { left, right, top, bottom } : null;
}

/** Scrollers that may scroll sideways by design: the selection's chips. */
const SIDEWAYS = '[part~="selection"]';

/**
 * What sticks out of `container`'s box sideways among the elements of `host`'s shadow trees (after clipping by
 * their own scrollers), and which scroll containers scroll sideways (content wider than them) or were scrolled.
 */
export function horizontalOverflow(host: Element, container: Element = host): string[] {
  const getComputedStyle = (element: Element) => element.ownerDocument.defaultView!.getComputedStyle(element);
  const box = container.getBoundingClientRect();
  const problems: string[] = [];
  const elements = host.shadowRoot ? deepElements(host.shadowRoot) : deepElements(host);
  for (const element of elements) {
    const seen = visibleBox(element, host);
    if (seen && (seen.left < box.left - 0.5 || seen.right > box.right + 0.5)) {
      problems.push(
        `${describeElement(element)} spans x ${Math.round(seen.left)}–${Math.round(seen.right)}, outside ${Math.round(box.left)}–${Math.round(box.right)}`,
      );
    }
    const style = getComputedStyle(element);
    if (element.matches(SIDEWAYS) || style.display === 'none') continue;
    if (['auto', 'scroll'].includes(style.overflowX) && element.scrollWidth > element.clientWidth + 1) {
      problems.push(`${describeElement(element)} scrolls sideways (${element.scrollWidth} > ${element.clientWidth})`);
    }
    if (element.scrollLeft !== 0) problems.push(`${describeElement(element)} is scrolled sideways by ${element.scrollLeft}px`);
  }
  if (host.scrollLeft !== 0) problems.push(`${host.localName} is scrolled sideways by ${host.scrollLeft}px`);
  return problems;
}

/** What the user taps: buttons, fields, selects, labels of checkboxes and radios, tiles and tree rows. */
const TARGETS = 'button, select, input[type="search"], input[type="text"], label, [role="option"], [role="treeitem"]';

/** Targets smaller than `size` px either way (those that can be seen). */
export function smallTargets(host: Element, size: number): string[] {
  const problems: string[] = [];
  for (const element of deepElements(host.shadowRoot!)) {
    if (!element.matches(TARGETS) || !visibleBox(element, host)) continue;
    // A tree row is as tall as --dam-folder-tree-row-height; its label element is what it contains.
    const rect = element.getBoundingClientRect();
    if (rect.height < size - 0.5 || rect.width < size - 0.5) {
      problems.push(`${describeElement(element)} is ${Math.round(rect.width)}×${Math.round(rect.height)}`);
    }
  }
  return problems;
}

/** A tap as a touch screen sends it: pointer events of type touch, then the click. */
export function tap(target: Element): void {
  const rect = target.getBoundingClientRect();
  const at = { clientX: rect.left + rect.width / 2, clientY: rect.top + rect.height / 2, bubbles: true, composed: true, cancelable: true };
  const pointer = { ...at, pointerId: 7, pointerType: 'touch', isPrimary: true };
  target.dispatchEvent(new PointerEvent('pointerdown', pointer));
  target.dispatchEvent(new PointerEvent('pointerup', pointer));
  target.dispatchEvent(new MouseEvent('click', at));
}

/** A one-finger swipe across `target` by dx, dy (px), in steps. */
export function swipe(target: Element, dx: number, dy: number): void {
  const rect = target.getBoundingClientRect();
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  const event = (type: string, step: number) =>
    new PointerEvent(type, {
      clientX: x + (dx * step) / 4,
      clientY: y + (dy * step) / 4,
      pointerId: 9,
      pointerType: 'touch',
      isPrimary: true,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
  target.dispatchEvent(event('pointerdown', 0));
  for (const step of [1, 2, 3, 4]) target.dispatchEvent(event('pointermove', step));
  target.dispatchEvent(event('pointerup', 4));
}

/** The focused element, looking inside shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Sizes the page's viewport in every engine: @web/test-runner-commands' setViewport in Chromium and Firefox
 * (puppeteer), our WebDriver command in WebKit (test/support/webdriver-keys-plugin.ts), which that one lacks.
 */
export async function viewport(width: number, height: number): Promise<void> {
  if (engine === 'webkit') await executeServerCommand('webdriver-viewport', { width, height });
  else await setViewport({ width, height });
  await waitUntil(() => innerWidth === width && innerHeight === height, `the viewport is ${width}×${height}`);
}
