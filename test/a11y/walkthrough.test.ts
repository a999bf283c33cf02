// The whole task with the keyboard alone, as a screen reader hears it: every step is a key press
// (sendKeys), and what it announces is read from Chromium's accessibility tree (role, name, state of the
// focused node; the text of live regions). No real screen reader runs here; the tree is what one reads.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { DamAsset } from '../../src/api/types.js';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';
import { metaLabel } from '../../src/components/dam-asset-grid/grid-tile.js';
import { startMockDam, type MockDam } from '../support/mock-dam.js';
import { part, tiles, tree, treeItem } from '../support/picker-helpers.js';
import { generatedFile } from '../support/upload-data.js';
import { axTree, deepActiveElement, focusedNode, holdPartsAbove, liveTexts, mount, signedIn, type AxNode } from './a11y-helpers.js';
import { describeInChromium, typeText } from '../support/engine.js';
import '../support/benign-errors.js';

/** Whether `node` is inside `host`, across shadow roots. */
function inside(host: Element, node: Node | null): boolean {
  for (let current = node; current; current = current.parentNode ?? (current as ShadowRoot).host ?? null) {
    if (current === host) return true;
  }
  return false;
}

/** Presses a key (`Shift+Tab` too) and returns what the screen reader announces as focused. */
async function press(key: string): Promise<AxNode> {
  const [modifier, main] = key.includes('+') ? (key.split('+') as [string, string]) : [undefined, key];
  if (modifier) await sendKeys({ down: modifier });
  await sendKeys({ press: main });
  if (modifier) await sendKeys({ up: modifier });
  return focusedNode();
}

/** Waits until the focused node is announced as `role` (focus may move after an update). */
async function focusedAs(role: string, name?: RegExp | string): Promise<AxNode> {
  let node: AxNode | undefined;
  await waitUntil(
    async () => {
      node = await focusedNode();
      return node.role === role && (name === undefined || (typeof name === 'string' ? node.name === name : name.test(node.name)));
    },
    `focus on ${role} ${name ?? ''}`,
    { timeout: 3000 },
  ).catch(() => {
    throw new Error(`expected focus on ${role} ${name ?? ''}, got ${JSON.stringify(node)}`);
  });
  return node!;
}

/** The result count in the live region, once it matches the count shown (and differs from `not`). */
async function announcedCount(picker: DamPicker, not?: string): Promise<string> {
  let texts: string[] = [];
  await waitUntil(
    async () => {
      texts = await liveTexts();
      const count = texts.find((text) => /^[\d,]+ results?$/.test(text));
      return count !== undefined && count !== not && count === part(picker, 'count')!.textContent.trim();
    },
    `a new result count announced (${not ?? ''})`,
    { timeout: 5000 },
  ).catch(() => {
    throw new Error(`no new result count in the live regions: ${JSON.stringify(texts)}`);
  });
  return texts.find((text) => /^[\d,]+ results?$/.test(text))!;
}

/** The listbox's options as the DOM has them: exactly one may be in the tab order (roving tabindex). */
function expectOneTabStop(picker: DamPicker): HTMLElement {
  const stops = tiles(picker).filter((tile) => tile.tabIndex === 0);
  expect(stops, 'exactly one tile with tabindex="0"').to.have.length(1);
  expect(deepActiveElement(), 'the focused tile is the tab stop').to.equal(stops[0]);
  return stops[0]!;
}

const optionName = (asset: DamAsset) => `${asset.title}, ${metaLabel(asset)}`;

// Chromium only: what a screen reader announces is read from Chromium's accessibility tree through CDP.
describeInChromium('keyboard and screen-reader walkthrough', function () {
  this.timeout(30_000);
  let dam: MockDam;
  let pointerUsed: string[];
  const onPointer = (event: Event) => pointerUsed.push(event.type);

  beforeEach(async () => {
    dam = await startMockDam({ assetCount: 300, uploads: { chunkSize: 1024 * 1024, indexingDelayMs: 60_000 } });
    pointerUsed = [];
    for (const type of ['pointerdown', 'mousedown']) window.addEventListener(type, onPointer, true);
    (document.activeElement as HTMLElement | null)?.blur();
  });
  afterEach(() => {
    for (const type of ['pointerdown', 'mousedown']) window.removeEventListener(type, onPointer, true);
    dam.stop();
  });

  it('signed out: the first Tab reaches the named sign-in button', async () => {
    const picker = await mount({ clientId: 'dam-picker-demo' });
    await waitUntil(() => part(picker, 'sign-in'), 'sign-in panel');
    const button = await press('Tab');
    expect([button.role, button.name]).to.deep.equal(['button', 'Sign in to Brandworkz']);
    // The hint says what happens next; the heading names the picker.
    const tree = await axTree();
    expect(tree.some((node) => node.role === 'heading' && node.name === 'Choose from Brandworkz')).to.equal(true);
    expect(pointerUsed).to.deep.equal([]);
  });

  it('search, filter, browse, move through the grid, pick and insert: keyboard only, announced', async () => {
    const picker = await signedIn(dam, { selection: 'multiple' });
    const initialCount = await announcedCount(picker);
    expect(initialCount).to.equal('300 results');

    // Into the picker: the sidebar toggle, then the search field.
    let node = await press('Tab');
    expect([node.role, node.name, node.properties['expanded']]).to.deep.equal(['button', 'Folders and filters', true]);
    node = await press('Tab');
    expect([node.role, node.name]).to.deep.equal(['searchbox', 'Search assets']);

    // Type a query: the live region says how many results there are now.
    await typeText('summer');
    const summerCount = await announcedCount(picker, initialCount);
    expect((await focusedNode()).role, 'focus stays in the field').to.equal('searchbox');

    // Tab past the clear button, the sidebar's skip link and the tree to the first filter group; Space ticks a filter.
    expect((await press('Tab')).name).to.equal('Clear search');
    // The sort order sits beside the count, before the sidebar.
    expect([(await press('Tab')).role, (await focusedNode()).name]).to.deep.equal(['combobox', 'Sort by']);
    expect([(await press('Tab')).name, (await focusedNode()).role]).to.deep.equal(['Skip to results', 'button']);
    node = await press('Tab');
    expect([node.role, node.properties['level'], node.properties['selected']]).to.deep.equal(['treeitem', 1, true]);
    node = await press('Tab');
    expect([node.role, node.name, node.properties['expanded']]).to.deep.equal(['button', 'Type', true]);
    node = await press('Tab');
    expect([node.role, node.properties['checked']]).to.deep.equal(['checkbox', 'false']);
    expect(node.name).to.match(/^Image \d+$/);
    await sendKeys({ press: ' ' });
    node = await focusedAs('checkbox', /^Image/);
    await waitUntil(async () => (await focusedNode()).properties['checked'] === 'true', 'announced as checked');
    const filteredCount = await announcedCount(picker, summerCount);

    // Back (past the new filter chip) to the tree; arrows open a folder's branch, Enter opens the folder.
    expect((await press('Shift+Tab')).name).to.equal('Type');
    expect((await press('Shift+Tab')).name).to.equal('Clear all');
    expect((await press('Shift+Tab')).name).to.equal('Remove filter Type: Image');
    node = await press('Shift+Tab');
    expect([node.role, node.name]).to.deep.equal(['treeitem', tree(picker).model.rows[0]!.folder.title]);
    await typeText('Brands'); // type-ahead
    node = await focusedAs('treeitem', 'Brands');
    expect([node.properties['level'], node.properties['expanded']]).to.deep.equal([2, false]);
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(async () => (await focusedNode()).properties['expanded'] === true, 'Brands announced as expanded');
    await waitUntil(() => !tree(picker).model.loading, 'sub-folders loaded');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => treeItem(picker, 'Brands')!.getAttribute('aria-selected') === 'true', 'Brands opened');
    node = await focusedNode();
    expect([node.role, node.name, node.properties['selected'], node.properties['expanded']]).to.deep.equal(['treeitem', 'Brands', true, true]);
    // The breadcrumb says where we are; the count is the one announced (all the summer images are in Brands).
    await waitUntil(
      async () => (await axTree()).some((n) => n.role === 'navigation' && n.name === 'Folder path' && / Brands$/.test(n.text)),
      'breadcrumb ends at Brands',
    );
    expect(await announcedCount(picker)).to.equal(filteredCount);

    // Tab on to the grid: every stop on the way stays in the picker, none needs the mouse.
    for (let stops = 0; deepActiveElement()?.getAttribute('role') !== 'option'; stops++) {
      expect(stops, 'the grid is reachable with Tab').to.be.lessThan(60);
      await sendKeys({ press: 'Tab' });
      expect(inside(picker, deepActiveElement()), 'focus stays in the picker on the way to the grid').to.equal(true);
    }
    const assets = picker.grid!.assets;
    expect(assets.length, 'results to move through').to.be.greaterThan(2);
    node = await focusedNode();
    expect([node.role, node.name, node.properties['selected']]).to.deep.equal(['option', optionName(assets[0]!), false]);
    expectOneTabStop(picker);

    // Arrows move the one tab stop between tiles (roving tabindex).
    node = await press('ArrowRight');
    expect([node.role, node.name]).to.deep.equal(['option', optionName(assets[1]!)]);
    expect(expectOneTabStop(picker).dataset['index']).to.equal('1');
    const columns = picker.grid!.columns;
    if (assets.length > 1 + columns) {
      node = await press('ArrowDown');
      expect(node.name).to.equal(optionName(assets[1 + columns]!));
      node = await press('ArrowUp');
    }
    node = await press('ArrowLeft');
    node = await press('ArrowRight');
    expect(node.name).to.equal(optionName(assets[1]!));

    // Space picks it: announced as selected, and the footer's live region says so.
    await sendKeys({ press: ' ' });
    await waitUntil(async () => (await focusedNode()).properties['selected'] === true, 'announced as selected');
    await waitUntil(async () => (await liveTexts()).includes('1 selected'), '"1 selected" announced');

    // The I key opens the tile's details, named after the asset; Right steps on, Escape goes back to the tile.
    await sendKeys({ press: 'i' });
    await focusedAs('heading', assets[1]!.title);
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(async () => (await axTree()).some((n) => n.role === 'heading' && n.name === assets[2]!.title), 'the next asset announced');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => deepActiveElement()?.getAttribute('data-index') === '2', 'focus back on the tile of the asset last shown', { timeout: 5000 });
    expect((await focusedNode()).name).to.equal(optionName(assets[2]!));
    node = await press('ArrowLeft');
    expect(node.name).to.equal(optionName(assets[1]!));

    // Tab to the tile's Details button (placed on the active tile a frame after focus lands), then Insert (past
    // the chip's remove button and Cancel); Enter inserts.
    const detailsButton = () => picker.grid!.shadowRoot!.querySelector<HTMLElement>('[part~="tile-details-button"]');
    await waitUntil(() => detailsButton() && !detailsButton()!.hidden && detailsButton()!.dataset['index'] === '1', 'the Details button on the tile', {
      timeout: 5000,
    });
    // Each step waits for the tree to announce the new focus: on a loaded machine Chromium's accessibility tree can
    // still show the previous element for a moment after the key press.
    await sendKeys({ press: 'Tab' });
    await focusedAs('button', `Details: ${assets[1]!.title}`);
    await sendKeys({ press: 'Tab' });
    await focusedAs('button', `Remove ${assets[1]!.title} from the selection`);
    await sendKeys({ press: 'Tab' });
    await focusedAs('button', 'Cancel');
    await sendKeys({ press: 'Tab' });
    await focusedAs('button', 'Insert');
    const selected = oneEvent(picker, 'dam-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.assets.map((asset: DamAsset) => asset.id)).to.deep.equal([assets[1]!.id]);

    // No trap: Tab goes on out of the picker.
    await sendKeys({ press: 'Tab' });
    expect(inside(picker, deepActiveElement()), 'Tab leaves the picker after its last control').to.equal(false);
    expect(pointerUsed, 'no step used the mouse').to.deep.equal([]);
  });

  it('changes the order from the keyboard: Down Arrow on Sort by shows the newest first, Up Arrow the default again', async () => {
    const picker = await signedIn(dam, { selection: 'multiple' });
    await announcedCount(picker);
    await press('Tab');
    expect((await press('Tab')).role).to.equal('searchbox');
    expect([(await press('Tab')).role, (await focusedNode()).name]).to.deep.equal(['combobox', 'Sort by']);
    // Down Arrow on the closed select changes the order at once: newest first, and the results re-order.
    const sortSelect = deepActiveElement() as HTMLSelectElement;
    const relevanceOrder = picker.grid!.assets.map((asset) => asset.id).join();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => sortSelect.value === 'newest', 'Newest first chosen');
    const createdOrder = () => picker.grid!.assets.map((asset) => asset.createdAt ?? '');
    await waitUntil(
      () => picker.grid!.assets.map((asset) => asset.id).join() !== relevanceOrder && createdOrder().join() === [...createdOrder()].sort().reverse().join(),
      'the results re-ordered, newest first',
      { timeout: 8000 },
    );
    await focusedAs('combobox', 'Sort by');
    // Up Arrow goes back to the default order, from the cache.
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(
      () => sortSelect.value === 'relevance' && picker.grid!.assets.map((asset) => asset.id).join() === relevanceOrder,
      'the default order again',
      { timeout: 5000 },
    );
    expect(pointerUsed).to.deep.equal([]);
  });

  it('in the details panel: Select with Space, then the alt text field and Decorative, announced', async () => {
    const picker = await signedIn(dam, { selection: 'multiple', assetTypes: 'Image', altText: 'required' });
    await announcedCount(picker);
    // The skip link leads to the first tile; the I key opens its details, focus on the heading.
    await press('Tab');
    expect((await press('Tab')).role).to.equal('searchbox');
    expect((await press('Tab')).name).to.equal('Sort by');
    expect((await press('Tab')).name).to.equal('Skip to results');
    expect((await press('Enter')).role).to.equal('option');
    const asset = picker.grid!.assets[0]!;
    await sendKeys({ press: 'i' });
    await focusedAs('heading', asset.title);

    // Tab reaches Select, a toggle button; Space presses it and the footer says so.
    await sendKeys({ press: 'Tab' });
    let node = await focusedAs('button', 'Select');
    expect(node.properties['pressed']).to.equal('false');
    await sendKeys({ press: ' ' });
    await waitUntil(async () => (await focusedNode()).properties['pressed'] === 'true', 'announced as pressed');
    await waitUntil(async () => (await liveTexts()).includes('1 selected'), '"1 selected" announced');
    expect(picker.grid!.selectedIds.has(asset.id)).to.equal(true);

    // On to the alt text field (past the link to the DAM), required while the image is not decorative.
    for (let stops = 0; (await focusedNode()).role !== 'textbox'; stops++) {
      expect(stops, 'the alt text field is reachable with Tab').to.be.lessThan(4);
      await sendKeys({ press: 'Tab' });
    }
    node = await focusedAs('textbox', 'Alt text');
    expect(node.properties['required']).to.equal(true);
    await press('Control+a');
    await typeText('Team at the summit');
    const field = deepActiveElement() as HTMLInputElement;
    await waitUntil(() => field.value === 'Team at the summit', 'the alt text typed');
    // The selection list's field is the same entry.
    const listField = picker.shadowRoot!.querySelector<HTMLInputElement>('[part~="selection"] [part~="alt-input"]');
    await waitUntil(() => listField?.value === 'Team at the summit', 'the selection list shows the same alt text');

    // Tab to Decorative; Space ticks it and the text field is no longer required (it is disabled).
    node = await press('Tab');
    expect([node.role, node.name, node.properties['checked']]).to.deep.equal(['checkbox', 'Decorative', 'false']);
    await sendKeys({ press: ' ' });
    await waitUntil(async () => (await focusedNode()).properties['checked'] === 'true', 'announced as checked');
    await waitUntil(() => field.disabled, 'the alt text field is disabled while decorative');
    expect(pointerUsed).to.deep.equal([]);
  });

  it('announces a restricted tile with its status, in words, in its accessible name', async () => {
    const picker = await signedIn(dam, { rootFolder: dam.emulator.data.rightsFolderGuid, restrictedAssets: 'warn' });
    await announcedCount(picker);
    await press('Tab');
    expect((await press('Tab')).role).to.equal('searchbox');
    expect((await press('Tab')).name).to.equal('Sort by');
    expect((await press('Tab')).name).to.equal('Skip to results');
    let node = await press('Enter');
    // Step through every tile with the arrow keys and note what each is announced as.
    const assets = picker.grid!.assets;
    const announced = new Map<string, string>();
    for (let index = 0; index < assets.length; index++) {
      if (index > 0) node = await press('ArrowRight');
      const title = assets[index]!.title;
      await waitUntil(async () => (node = await focusedNode()).role === 'option' && node.name.startsWith(`${title}, `), `focus on the tile of ${title}`, {
        timeout: 3000,
      });
      announced.set(assets[index]!.id, node.name);
    }
    const fixtures = dam.emulator.data.rightsAssets!;
    const expected: Array<[string, string | undefined]> = [
      [fixtures.expired, 'Expired'],
      [fixtures.notYetValid, 'Not yet valid'],
      [fixtures.viewOnly, 'View only'],
      [fixtures.expiredViewOnly, 'Expired'],
      [fixtures.active, undefined],
    ];
    for (const [id, status] of expected) {
      const asset = assets.find((candidate) => candidate.id === id)!;
      expect(announced.get(id), asset.title).to.equal(status ? `${optionName(asset)}, ${status}` : optionName(asset));
    }
    expect(pointerUsed).to.deep.equal([]);
  });

  it('skips the folder tree and the filters with one key press: the skip link shows when focused', async () => {
    const picker = await signedIn(dam, { selection: 'multiple' });
    await announcedCount(picker);
    await press('Tab');
    expect((await press('Tab')).role).to.equal('searchbox');
    expect((await press('Tab')).name, 'the sort order, beside the count').to.equal('Sort by');
    const skip = await press('Tab');
    expect([skip.role, skip.name]).to.deep.equal(['button', 'Skip to results']);
    const link = deepActiveElement()!;
    expect(link.getBoundingClientRect().width, 'visible while focused').to.be.greaterThan(20);
    const option = await press('Enter');
    expect(option.role).to.equal('option');
    expectOneTabStop(picker);
    (link as HTMLElement).blur();
    expect(link.getBoundingClientRect().width, 'hidden otherwise').to.be.at.most(1);
    expect(pointerUsed).to.deep.equal([]);
  });

  it('announces a failed search as an alert, and Try again is reached by the skip link', async () => {
    const picker = await signedIn(dam);
    dam.emulator.faults.inject({ endpoint: 'simpleSearch', status: 503, retryAfter: 0, times: 4 });
    await press('Tab');
    expect((await press('Tab')).role).to.equal('searchbox');
    await typeText('logo');
    let alert: AxNode | undefined;
    await waitUntil(
      async () => {
        alert = (await axTree()).find((node) => node.role === 'alert');
        return alert !== undefined;
      },
      'an alert',
      { timeout: 5000 },
    );
    expect(alert!.properties['live']).to.equal('assertive');
    expect(await liveTexts()).to.include(alert!.text);
    expect(alert!.text).to.match(/Try again$/);
    // Focus stays in the field; past the clear button, the sidebar's skip link jumps to the alert's Try again.
    expect((await focusedNode()).role).to.equal('searchbox');
    expect((await press('Tab')).name).to.equal('Clear search');
    expect((await press('Tab')).name).to.equal('Sort by');
    expect((await press('Tab')).name).to.equal('Skip to results');
    const node = await press('Enter');
    expect([node.role, node.name]).to.deep.equal(['button', 'Try again']);
    await sendKeys({ press: 'Enter' });
    await announcedCount(picker);
    expect(
      (await axTree()).some((n) => n.role === 'alert'),
      'the alert is gone',
    ).to.equal(false);
    expect(pointerUsed).to.deep.equal([]);
  });

  it('announces upload progress in a live region, with the progress bar named and valued', async () => {
    // Parts after the fifth wait: the upload stays a third done.
    const release = holdPartsAbove(dam, 5);
    try {
      const picker = await signedIn(dam, { upload: true });
      treeItem(picker, 'Brands')!.focus();
      await sendKeys({ press: 'Enter' });
      const dropzone = picker.shadowRoot!.querySelector('dam-upload-dropzone')!;
      await waitUntil(() => dropzone.folderId, 'Brands opened');
      // Choosing files needs the system file dialog; a drop hands the dropzone the same File[].
      const data = new DataTransfer();
      data.items.add(generatedFile('campaign film.mp4', 15 * 1024 * 1024, 3, 'video/mp4'));
      dropzone.handleDrop(data);
      await waitUntil(async () => (await liveTexts()).some((text) => /^Uploading campaign film\.mp4\.$/.test(text)), '"Uploading" announced');
      await waitUntil(async () => (await liveTexts()).some((text) => /^campaign film\.mp4: \d+ ?% uploaded\.$/.test(text)), 'a percentage announced', {
        timeout: 8000,
      });
      const bar = (await axTree()).find((node) => node.role === 'progressbar' && node.name === 'Upload of campaign film.mp4');
      expect(bar, 'progress bar in the accessibility tree').to.exist;
      expect(Number(bar!.properties['value'])).to.be.greaterThan(0).and.lessThan(100);
      // Chromium's DevTools tree leaves valuetext empty for every range role, so read the words from the DOM. The
      // fifth part may still be on its way when the first percentage is announced: wait for the held state.
      const valueText = () => dropzone.shadowRoot!.querySelector('[part~="progress"]')!.getAttribute('aria-valuetext') ?? '';
      await waitUntil(() => /^5 MB of 15 MB \(\d+ ?%\)$/.test(valueText()), 'the bar’s words say 5 MB of 15 MB', {
        timeout: 8000,
      });
      expect(pointerUsed).to.deep.equal([]);
    } finally {
      release();
    }
  });
});
