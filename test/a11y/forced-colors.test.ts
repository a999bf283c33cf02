// Forced colours (Windows High Contrast): with `forced-colors: active` emulated in Chromium, with a light
// and a dark system palette, focus stays visible on grid tiles, tree rows, buttons, the sort order and the alt
// text fields, selected tiles and the current folder stay distinguishable, and status badges stay readable and
// edged, without the author's colours.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';
import { startMockDam } from '../support/mock-dam.js';
import { facetList, part, tiles, tree } from '../support/picker-helpers.js';
import { animationsSettled, deepActiveElement, emulate, signedIn } from './a11y-helpers.js';
import { describeInChromium } from '../support/engine.js';
import { openByKey } from '../support/details-helpers.js';
import '../support/benign-errors.js';

/** What draws an element's edge: outline and border. */
function edge(element: Element): { outline: string; border: string } {
  const style = getComputedStyle(element);
  const sides = ['top', 'right', 'bottom', 'left'].map((side) => {
    const width = style.getPropertyValue(`border-${side}-width`);
    return parseFloat(width) === 0 || style.getPropertyValue(`border-${side}-style`) === 'none'
      ? 'none'
      : `${width} ${style.getPropertyValue(`border-${side}-style`)} ${style.getPropertyValue(`border-${side}-color`)}`;
  });
  const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !/^rgba\(.*, 0\)$/.test(style.outlineColor);
  return {
    outline: outlined ? `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} ${style.outlineOffset}` : 'none',
    border: sides.join(', '),
  };
}

/** The background as painted: transparent layers show what is behind them (up through shadow hosts). */
function paintedBackground(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null) {
    const colour = getComputedStyle(node).backgroundColor;
    if (!/rgba\(.*, 0\)$/.test(colour)) return colour;
  }
  return 'canvas';
}

/** How an element and its ancestors in the same shadow tree (where a focus ring may be drawn, e.g. `:focus-within`) look. */
function look(element: Element): string {
  const chain: Element[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) chain.push(node);
  return JSON.stringify([...chain.map(edge), paintedBackground(element)]);
}

function label(element: Element): string {
  return `${element.localName}${element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : ''} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}"`;
}

/** Focus must add a visible outline or change a border (on the element or an ancestor that draws its ring). */
async function expectVisibleFocus(element: HTMLElement): Promise<void> {
  element.focus();
  await animationsSettled();
  expect(element.matches(':focus-visible'), `${label(element)} focused from the keyboard`).to.equal(true);
  const focused = look(element);
  const ring = ringColours(element);
  element.blur();
  await animationsSettled();
  const resting = look(element);
  expect(focused, `focus visible on ${label(element)}`).to.not.equal(resting);
  for (const { colour, behind } of ring) expect(colour, `focus ring of ${label(element)} differs from what is behind it`).to.not.equal(behind);
}

/** Outline colours drawn around the element (or its ancestors), each with the background it is drawn on. */
function ringColours(element: Element): Array<{ colour: string; behind: string }> {
  const rings: Array<{ colour: string; behind: string }> = [];
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (edge(node).outline === 'none') continue;
    const style = getComputedStyle(node);
    // An outline drawn inside (negative offset) lies on the element's own background, else on its parent's.
    const on = parseFloat(style.outlineOffset) < 0 ? node : (node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? node);
    rings.push({ colour: style.outlineColor, behind: paintedBackground(on) });
  }
  return rings;
}

/** A size that can be seen: the element is rendered and not clipped to nothing. */
function visible(element: Element | null): boolean {
  if (!element) return false;
  const box = element.getBoundingClientRect();
  return box.width >= 8 && box.height >= 8 && getComputedStyle(element).visibility === 'visible';
}

/** A status badge must be read and seen: text in another colour than its background, and an edge against what is behind. */
function expectStandsOut(badge: Element): void {
  const style = getComputedStyle(badge);
  const own = paintedBackground(badge);
  const behind = paintedBackground(badge.parentElement ?? (badge.getRootNode() as ShadowRoot).host);
  const what = `${label(badge)} (text ${style.color} on ${own}, border ${edge(badge).border}, behind ${behind})`;
  expect(visible(badge), `${what} shown`).to.equal(true);
  expect(style.color, `${what}: its text differs from its background`).to.not.equal(own);
  const bordered = parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none' && style.borderTopColor !== behind;
  expect(bordered || own !== behind, `${what}: a border or a background that stands out from behind it`).to.equal(true);
}

// Chromium only: forced colours are emulated through CDP (Emulation.setEmulatedMedia), which Firefox and WebKit lack.
describeInChromium('forced colours', function () {
  this.timeout(20_000);
  afterEach(() => emulate({}));

  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps focus visible and selection distinguishable (${scheme} system palette)`, async () => {
      await emulate({ forcedColors: 'active', colorScheme: scheme });
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const dam = await startMockDam({ assetCount: 300 });
      const picker: DamPicker = await signedIn(dam, { selection: 'multiple', upload: true });

      // Grid: keyboard into the tiles; pick the second; the third has focus.
      tiles(picker)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: ' ' });
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(
        () => tiles(picker)[1]!.getAttribute('aria-selected') === 'true' && deepActiveElement() === tiles(picker)[2],
        'second picked, third focused',
      );
      const [unselected, selected, focused] = [tiles(picker)[3]!, tiles(picker)[1]!, tiles(picker)[2]!];
      await expectVisibleFocus(focused);
      await expectVisibleFocus(selected);
      selected.blur();
      await animationsSettled();
      // Selected without focus: the check badge (a shape) and a different edge than an unselected tile.
      expect(look(selected), 'a selected tile looks different').to.not.equal(look(unselected));
      const check = selected.querySelector('[part~="check"]');
      expect(visible(check), 'check badge shown').to.equal(true);
      expect(getComputedStyle(check!).backgroundColor, 'check badge stands out from the tile').to.not.equal(getComputedStyle(selected).backgroundColor);
      expect(unselected.querySelector('[part~="check"]')).to.equal(null);

      // Tree: keyboard onto a folder row; the current folder (aria-selected) stands out from the others.
      const root = tree(picker).shadowRoot!.querySelector<HTMLElement>('[role="treeitem"][aria-selected="true"]')!;
      root.focus();
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => deepActiveElement()?.getAttribute('aria-level') === '2', 'a folder row focused');
      const folder = deepActiveElement() as HTMLElement;
      await expectVisibleFocus(folder);
      await expectVisibleFocus(root);
      root.blur();
      folder.blur();
      await animationsSettled();
      expect(look(root), 'the current folder looks different from other rows (not only bolder)').to.not.equal(look(folder));

      // Open that folder (Enter): the breadcrumb gets a button and the dropzone a folder to upload to.
      folder.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => picker.shadowRoot!.querySelector('dam-upload-dropzone')!.folderId, 'folder opened');

      // Buttons and other controls.
      const controls = [
        part(picker, 'sidebar-toggle')!,
        part(picker, 'confirm-button')!,
        part(picker, 'cancel-button')!,
        part(picker, 'selection')!.querySelector<HTMLElement>('[part~="selection-remove"]')!,
        facetList(picker).shadowRoot!.querySelector<HTMLElement>('[part~="group-toggle"]')!,
        facetList(picker).shadowRoot!.querySelector<HTMLElement>('input[type="checkbox"]')!,
        picker.shadowRoot!.querySelector('dam-upload-dropzone')!.shadowRoot!.querySelector<HTMLElement>('[part~="button"]')!,
        picker.shadowRoot!.querySelector('dam-search-box')!.shadowRoot!.querySelector<HTMLElement>('input')!,
        part(picker, 'breadcrumb')!.shadowRoot!.querySelector<HTMLElement>('[part~="crumb"]')!,
        part(picker, 'scope')!.querySelector<HTMLElement>('input[type="radio"]')!,
      ];
      for (const control of controls) await expectVisibleFocus(control);

      // The details panel (the I key on a tile) and the tile's Details button, once the opened folder's results are in.
      await waitUntil(() => !picker.grid!.loading && picker.grid!.assets.length > 2, 'the folder’s results');
      await picker.grid!.focusAsset(2);
      const detailsButton = () => picker.grid!.shadowRoot!.querySelector<HTMLElement>('[part~="tile-details-button"]');
      await waitUntil(() => detailsButton() && !detailsButton()!.hidden, 'the Details button on the active tile');
      await expectVisibleFocus(detailsButton()!);
      await picker.grid!.focusAsset(2);
      await sendKeys({ press: 'i' });
      const panel = () => picker.shadowRoot!.querySelector('dam-asset-details');
      await waitUntil(() => panel()?.shadowRoot?.querySelector('[part~="details-close"]'), 'details open');
      const inPanel = (name: string) => panel()!.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
      for (const name of ['details-previous', 'details-next', 'details-close', 'details-select']) await expectVisibleFocus(inPanel(name));
    });

    it(`keeps focus visible on the sort order and the alt fields, and status badges readable (${scheme} system palette)`, async () => {
      await emulate({ forcedColors: 'active', colorScheme: scheme });
      const dam = await startMockDam({ assetCount: 300 });
      const fixtures = dam.emulator.data.rightsAssets!;
      const picker = await signedIn(dam, { selection: 'multiple', altText: 'required', rootFolder: dam.emulator.data.rightsFolderGuid });
      const indexOf = (id: string) => picker.grid!.assets.findIndex((asset) => asset.id === id);

      // The rights fixtures' badges: expired (twice), not yet valid, view only.
      const badges = tiles(picker).flatMap((tile) => [...tile.querySelectorAll('[part~="status-badge"]')]);
      expect(badges).to.have.length(4);
      for (const badge of badges) expectStandsOut(badge);

      // An image (licensed until 2099) picked from the keyboard: its alt field and "Decorative" in the selection list; the sort order.
      await picker.grid!.focusAsset(indexOf(fixtures.expiresLater));
      await sendKeys({ press: ' ' });
      const inList = (name: string) => part(picker, 'selection')?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
      await waitUntil(() => inList('alt-input') && inList('alt-decorative'), 'the alt field in the selection list', { timeout: 5000 });
      for (const control of [part(picker, 'sort')!.querySelector('select')!, inList('alt-input')!, inList('alt-decorative')!])
        await expectVisibleFocus(control);

      // The same in the details panel (the I key on the picked tile); then an expired asset's status there.
      const panel = () => picker.shadowRoot!.querySelector('dam-asset-details');
      const inPanel = (name: string) => panel()?.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
      await openByKey(picker, indexOf(fixtures.expiresLater));
      await waitUntil(() => inPanel('alt-input') && inPanel('alt-decorative'), 'the alt field in the details panel');
      for (const name of ['alt-input', 'alt-decorative']) await expectVisibleFocus(inPanel(name)!);
      // Closing puts focus back on the tile: wait for it, or it would take focus from the next tile.
      inPanel('details-close')!.click();
      await waitUntil(() => !panel() && deepActiveElement()?.getAttribute('role') === 'option', 'details closed, focus back on the tile', { timeout: 5000 });
      await openByKey(picker, indexOf(fixtures.expired));
      await waitUntil(() => inPanel('details-status'), 'the expired asset’s status');
      expect(inPanel('details-status')!.textContent.trim()).to.equal('Expired');
      expectStandsOut(inPanel('details-status')!);
    });
  }
});
