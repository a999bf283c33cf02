// The picker on a phone, driven by touch: tiles select on a tap (pointer events of type touch), the folders
// and filters sheet opens from its button and closes with its close button, Escape, a tap on the scrim or a
// swipe towards its edge (focus moves in, stays in, and returns to the toggle); touch targets are 44 px; the
// dropzone is an Upload button beside a Camera button (capture) and the whole picker stays a drop target.
// Engine-neutral: synthetic pointer events, plain key presses, and the picker's own width.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';
import type { DamUploadDropzone } from '../../src/components/dam-upload-dropzone/dam-upload-dropzone.js';
import '../support/benign-errors.js';
import { startMockDam, type MockDam } from '../support/mock-dam.js';
import { facetList, mountPicker, part, settled, tiles, treeItem } from '../support/picker-helpers.js';
import { deepActive, deepElements, smallTargets, swipe, tap, viewport } from './layout-helpers.js';

const coarse = matchMedia('(pointer: coarse)').matches;

function sidebar(picker: DamPicker): HTMLElement {
  return part(picker, 'sidebar')!;
}

async function openSheet(picker: DamPicker): Promise<void> {
  tap(part(picker, 'sidebar-toggle')!);
  await picker.updateComplete;
  expect(sidebar(picker).hidden, 'the sheet opened').to.equal(false);
  await waitUntil(() => deepActive() === part(picker, 'sheet-close'), 'focus moves to the close button');
}

async function closed(picker: DamPicker): Promise<void> {
  await waitUntil(() => sidebar(picker).hidden, 'the sheet closed');
  await waitUntil(() => deepActive() === part(picker, 'sidebar-toggle'), 'focus returns to the toggle');
}

function dropzone(picker: DamPicker): DamUploadDropzone {
  return picker.shadowRoot!.querySelector('dam-upload-dropzone')!;
}

describe('touch on a phone (375 px)', function () {
  this.timeout(30_000);
  let dam: MockDam;

  before(async () => {
    document.body.style.margin = '0';
    await viewport(375, 760);
  });
  beforeEach(async () => {
    dam = await startMockDam({ uploads: { indexingDelayMs: 60_000 } });
  });
  afterEach(() => dam.stop());
  after(async () => {
    document.body.style.margin = '';
    await viewport(800, 600);
  });

  it('selects tiles with a tap and inserts them', async () => {
    const picker = await mountPicker(dam, { width: 375, selection: 'multiple' });
    const [first, second] = tiles(picker);
    tap(first!);
    tap(second!);
    await picker.updateComplete;
    expect(first!.getAttribute('aria-selected')).to.equal('true');
    expect(part(picker, 'footer')!.textContent).to.contain('2 selected');
    // The Details button: one button beside the listbox, on the tile it is for. A touch screen has no hover, so
    // there it sits on the active tile from the start; a fine pointer shows it on the tile under the pointer.
    const grid = picker.grid!;
    const details = () => grid.shadowRoot!.querySelector<HTMLElement>('[part~="tile-details-button"]');
    const onTile = (index: number) => {
      const button = details();
      if (!button || button.hidden || button.dataset['index'] !== String(index)) return false;
      const box = button.getBoundingClientRect();
      const tile = grid.tileAt(index)!.getBoundingClientRect();
      return box.width > 0 && box.left >= tile.left && box.right <= tile.right && box.top >= tile.top && box.bottom <= tile.bottom;
    };
    const active = grid.activeTileIndex;
    if (coarse) {
      await waitUntil(() => onTile(active), 'the Details button is on the active tile without hover');
    } else {
      expect(details()?.hidden ?? true, 'no Details button without hover or focus on a fine pointer').to.equal(true);
      grid.tileAt(active)!.dispatchEvent(new PointerEvent('pointerover', { pointerType: 'mouse', bubbles: true, composed: true }));
      await waitUntil(() => onTile(active), 'the Details button is on the hovered tile');
    }
    expect(details()!.getAttribute('aria-label')).to.equal(`Details: ${grid.assets[active]!.title}`);
    tap(details()!);
    await waitUntil(() => picker.shadowRoot!.querySelector('dam-asset-details'), 'the details panel opens');
    const selected = oneEvent(picker, 'dam-select');
    tap(part(picker, 'confirm-button')!);
    expect((await selected).detail.assets).to.have.length(2);
  });

  it('opens the sheet from its button and closes it with the close button, Escape, the scrim and a swipe', async () => {
    const picker = await mountPicker(dam, { width: 375 });
    expect(sidebar(picker).hidden, 'closed at first on a phone').to.equal(true);

    await openSheet(picker);
    // What the sheet covers is inert (out of reach of Tab, pointers and screen readers): the search box, the grid, the footer.
    for (const name of ['toolbar', 'footer', 'header']) expect((part(picker, name) as HTMLElement).inert, `${name} inert`).to.equal(true);
    tap(part(picker, 'sheet-close')!);
    await closed(picker);
    expect(part(picker, 'footer')!.inert).to.equal(false);

    await openSheet(picker);
    await sendKeys({ press: 'Escape' });
    await closed(picker);

    await openSheet(picker);
    tap(part(picker, 'sheet-scrim')!);
    await closed(picker);

    // Swipes: up and down scroll (the sheet stays); a short sideways move stays; a swipe towards the edge closes.
    await openSheet(picker);
    const sheet = sidebar(picker);
    swipe(sheet, -10, -200);
    swipe(sheet, -30, 0);
    await picker.updateComplete;
    expect(sheet.hidden, 'still open after scrolling and a short move').to.equal(false);
    swipe(sheet, 160, 0);
    await picker.updateComplete;
    expect(sheet.hidden, 'a swipe away from the edge does not close it').to.equal(false);
    swipe(sheet, -160, 10);
    await closed(picker);
  });

  it('keeps Tab inside the open sheet: past the last control, focus wraps to the close button', async () => {
    const picker = await mountPicker(dam, { width: 375 });
    await openSheet(picker);
    // The last control of the sheet: the facet list's last focusable element.
    const list = facetList(picker);
    const focusable = deepElements(list.shadowRoot!).filter(
      (element): element is HTMLElement => element instanceof HTMLElement && element.tabIndex >= 0 && element.getClientRects().length > 0,
    );
    focusable.at(-1)!.focus();
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => deepActive() === part(picker, 'sheet-close'), `Tab wrapped to the close button (at ${deepActive()?.localName})`);
  });

  it('makes every target 44 px (the size coarse pointers get; --dam-touch-target sets it everywhere)', async () => {
    const picker = await mountPicker(dam, { width: 375, selection: 'multiple', upload: true });
    const option = () => facetList(picker).shadowRoot!.querySelector<HTMLElement>('[part~="option"]')!;
    await openSheet(picker);
    // Fine pointers keep the compact sizes unless a page asks; coarse ones get 44 px by default.
    expect(option().getBoundingClientRect().height < 44).to.equal(!coarse);
    picker.style.setProperty('--dam-touch-target', '44px');
    await waitUntil(() => treeItem(picker, 'Brands'), 'tree rows');
    expect(smallTargets(picker, 44), 'in the sheet').to.deep.equal([]);
    treeItem(picker, 'Brands')!.click();
    await waitUntil(() => dropzone(picker).folderId, 'the dropzone knows the folder');
    part(picker, 'sheet-close')!.click();
    await settled(picker);
    for (const tile of tiles(picker).slice(0, 2)) tap(tile);
    await picker.updateComplete;
    expect(smallTargets(picker, 44), 'the picker').to.deep.equal([]);
    // The tile's Details button (shown on the active tile while focus is in the grid) is a target too, inside its tile.
    tiles(picker)[0]!.focus();
    const detailsButton = () => picker.grid!.shadowRoot!.querySelector<HTMLElement>('[part~="tile-details-button"]');
    await waitUntil(
      () => detailsButton() && !detailsButton()!.hidden && detailsButton()!.getBoundingClientRect().width > 0,
      'the Details button on the active tile',
    );
    const details = detailsButton()!;
    const [button, tile] = [details.getBoundingClientRect(), picker.grid!.tileAt(Number(details.dataset['index']))!.getBoundingClientRect()];
    expect(Math.min(button.width, button.height), 'the Details button').to.be.at.least(44);
    expect(button.right <= tile.right && button.left >= tile.left && button.top >= tile.top, 'the Details button inside its tile').to.equal(true);
    const zone = dropzone(picker);
    const zoneTargets = deepElements(zone.shadowRoot!).filter((element) => element.matches('button') && element.getClientRects().length > 0);
    expect(zoneTargets.length).to.be.at.least(1);
    for (const button of zoneTargets) expect(button.getBoundingClientRect().height, button.textContent ?? '').to.be.at.least(44);
  });

  it('collapses the dropzone into Upload (and Camera on touch screens) while the whole picker stays a drop target', async () => {
    const picker = await mountPicker(dam, { width: 375, selection: 'multiple', upload: true });
    await openSheet(picker);
    await waitUntil(() => treeItem(picker, 'Brands'), 'tree rows');
    treeItem(picker, 'Brands')!.click();
    await waitUntil(() => dropzone(picker).folderId, 'the dropzone knows the folder');
    part(picker, 'sheet-close')!.click();
    await picker.updateComplete;
    const zone = dropzone(picker);
    expect(zone.compact).to.equal(true);
    const root = zone.shadowRoot!;
    expect(root.querySelector('[part~="button"]')!.textContent.trim()).to.equal('Upload');
    const camera = root.querySelector<HTMLButtonElement>('[part~="camera-button"]')!;
    expect(getComputedStyle(camera).display === 'none').to.equal(!coarse);
    const cameraInput = root.querySelector<HTMLInputElement>('input[capture]')!;
    expect(cameraInput.getAttribute('capture')).to.equal('environment');
    expect(cameraInput.accept).to.equal('image/*,video/*');
    // The camera button opens the capture input (the file chooser itself is the browser's, not opened here).
    let opened = false;
    cameraInput.addEventListener('click', (event) => ((opened = true), event.preventDefault()), { once: true });
    camera.click();
    await waitUntil(() => opened, 'the Camera button opens the capture input');
    // A photo from the camera uploads like a file.
    const titles: string[] = [];
    picker.addEventListener('dam-upload', (event) => titles.push(event.detail.asset.title));
    const photo = new DataTransfer();
    photo.items.add(new File(['jpeg bytes'], 'IMG_0001.jpg', { type: 'image/jpeg' }));
    cameraInput.files = photo.files;
    cameraInput.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => titles.some((title) => title.includes('IMG_0001')), 'the photo uploaded', { timeout: 10_000 });

    // Files dragged over the results: the full drop area shows again, and a drop uploads.
    const results = picker.shadowRoot!.querySelector('.results')!;
    const data = new DataTransfer();
    data.items.add(new File(['png bytes'], 'dropped.png', { type: 'image/png' }));
    results.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, composed: true, cancelable: true }));
    await picker.updateComplete;
    await zone.updateComplete;
    expect(root.querySelector('[part~="base"]')!.getBoundingClientRect().height).to.be.at.least(90);
    results.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, composed: true, cancelable: true }));
    await waitUntil(() => titles.some((title) => title.includes('dropped')), 'the dropped file uploaded', { timeout: 10_000 });
  });
});
