// Browser side of the accessibility tests: axe with the WCAG 2.0/2.1/2.2 A and AA rules, media emulation
// (forced colours too) and Chromium's accessibility tree through the `a11y-*` commands, the deep focus,
// and mounting a picker with any options.
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import { fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';
import { applyOptions, type PickerOptions } from '../../src/embed/options.js';
import { API_ORIGIN, SITE, type MockDam } from '../support/mock-dam.js';
import { settled } from '../support/picker-helpers.js';
import type { AxNode, MediaPayload } from './a11y-commands-plugin.js';

export type { AxNode };

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Runs axe on `root` (shadow roots included) with the WCAG A+AA rules; throws listing every violation. */
export async function expectNoAxeViolations(root: Element, what: string): Promise<AxeResults> {
  const results = await window.axe.run(root, { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] });
  if (results.violations.length > 0) {
    const lines = results.violations.flatMap((violation) => [
      `${violation.id} (${violation.impact}): ${violation.help}`,
      ...violation.nodes.map((node) => `  ${JSON.stringify(node.target)} ${node.html.slice(0, 160)}\n    ${node.failureSummary?.replace(/\n/g, ' ')}`),
    ]);
    throw new Error(`axe found ${results.violations.length} violation(s) in ${what}:\n${lines.join('\n')}`);
  }
  return results;
}

/** Emulates media features; an empty or missing value turns that emulation off. */
export function emulate(media: MediaPayload): Promise<unknown> {
  return executeServerCommand('a11y-media', media);
}

/** Chromium's accessibility tree of the page, ignored nodes left out. */
export async function axTree(): Promise<AxNode[]> {
  return await executeServerCommand<AxNode[], Record<string, never>>('a11y-tree', {});
}

/** The node a screen reader announces as focused. */
export function focusedIn(tree: AxNode[]): AxNode | undefined {
  return tree.filter((node) => node.properties['focused'] === true && node.role !== 'RootWebArea').at(-1);
}

export async function focusedNode(): Promise<AxNode> {
  const node = focusedIn(await axTree());
  if (!node) throw new Error('nothing is focused in the accessibility tree');
  return node;
}

/** The text of every live region (polite or assertive, roles status and alert included). */
export async function liveTexts(): Promise<string[]> {
  const tree = await axTree();
  const byId = new Map(tree.map((node) => [node.id, node]));
  const live = (node: AxNode | undefined) => !!node && ['polite', 'assertive'].includes(String(node.properties['live'] ?? ''));
  // The roots only: a node inside a live region carries its `live` too.
  return tree
    .filter((node) => live(node) && !live(byId.get(node.parentId ?? '')))
    .map((node) => node.text)
    .filter(Boolean);
}

/** The focused element, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The document and every shadow root in it (open ones), depth first. */
export function documentAndShadowRoots(): Array<Document | ShadowRoot> {
  const roots: Array<Document | ShadowRoot> = [document];
  const visit = (root: Document | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) {
        roots.push(element.shadowRoot);
        visit(element.shadowRoot);
      }
    }
  };
  visit(document);
  return roots;
}

/** Resolves once every finite animation and transition has finished (`document.getAnimations()` leaves out shadow trees). */
export async function animationsSettled(): Promise<void> {
  const running = documentAndShadowRoots()
    .flatMap((root) => root.getAnimations())
    .filter((animation) => animation.playState === 'running' && animation.effect?.getComputedTiming().endTime !== Infinity);
  await Promise.all(running.map((animation) => animation.finished.catch(() => undefined)));
}

export interface MountOptions extends Partial<PickerOptions> {
  width?: number;
}

/** A `<dam-picker>` on the Brandworkz mock, configured as `DamPicker.open()` would configure it. */
export async function mount(options: MountOptions = {}): Promise<DamPicker> {
  const picker = document.createElement('dam-picker');
  const { width = 960, ...rest } = options;
  applyOptions(picker, { provider: 'brandworkz', site: SITE, discoveryUrl: API_ORIGIN, ...rest });
  picker.style.cssText = `width: ${width}px; --dam-picker-height: 600px`;
  await fixture(html`<div>${picker}</div>`);
  return picker;
}

/** Signed in through the host's token, with results, the tree's first level and the facets loaded. */
export async function signedIn(dam: MockDam, options: MountOptions = {}): Promise<DamPicker> {
  const picker = await mount({ tokenProvider: async () => dam.token, ...options });
  await settled(picker);
  return picker;
}

/** Holds storage PUTs of parts above `allowed` until released: an upload that stays in progress. */
export function holdPartsAbove(dam: MockDam, allowed: number): () => void {
  const handle = dam.emulator.handle.bind(dam.emulator);
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  dam.emulator.handle = async (request) => {
    const part = Number(new URL(request.url).searchParams.get('partNumber'));
    if (request.method === 'PUT' && part > allowed) await gate;
    return handle(request);
  };
  return release;
}
