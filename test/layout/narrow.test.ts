// The picker from a 320 px phone to a 1280 px desktop: nothing in any of its shadow trees (folder tree, facets,
// upload, footer, the sidebar sheet, DamPicker.open()'s dialog) sticks out of it or scrolls it sideways; phones get
// two columns of tiles, the search box and the count on screen, Cancel and Insert visible, a compact Upload button,
// and the dialog fills the screen. Engine-neutral: setViewport and the DOM only.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { open } from '../../src/index.js';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';
import type { DamUploadDropzone } from '../../src/components/dam-upload-dropzone/dam-upload-dropzone.js';
import '../support/benign-errors.js';
import { API_ORIGIN, SITE, startMockDam, type MockDam } from '../support/mock-dam.js';
import { mountPicker, part, resultsShown, settled, tiles, treeItem } from '../support/picker-helpers.js';
import { describeElement, horizontalOverflow, tap, viewport } from './layout-helpers.js';

const WIDTHS = [320, 375, 768, 1280];

/** Which tiles are in the first row, by their left edges. */
function columns(picker: DamPicker): number {
  const shown = tiles(picker).map((tile) => tile.getBoundingClientRect());
  const top = Math.min(...shown.map((rect) => rect.top));
  return new Set(shown.filter((rect) => Math.abs(rect.top - top) < 2).map((rect) => Math.round(rect.left))).size;
}

/** The element at the centre of `at` (by default `element`) is `element` (or inside it): nothing covers it there. */
function onTop(picker: DamPicker, element: HTMLElement, at: Element = element): boolean {
  const rect = at.getBoundingClientRect();
  const hit = picker.shadowRoot!.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
  return !!hit && (hit === element || element.contains(hit));
}

/** Inside `box` (the picker, or the frame's viewport) and not empty. */
function within(element: Element, box: { left: number; top: number; right: number; bottom: number }): boolean {
  const rect = element.getBoundingClientRect();
  return rect.left >= box.left - 0.5 && rect.top >= box.top - 0.5 && rect.right <= box.right + 0.5 && rect.bottom <= box.bottom + 0.5 && rect.width > 0;
}

function dropzone(picker: DamPicker): DamUploadDropzone {
  return picker.shadowRoot!.querySelector('dam-upload-dropzone')!;
}

describe('layout from 320 px up', function () {
  this.timeout(30_000);
  let dam: MockDam;

  before(() => {
    document.body.style.margin = '0';
  });
  beforeEach(async () => {
    dam = await startMockDam({ uploads: { indexingDelayMs: 60_000 } });
  });
  afterEach(() => {
    // A failed dialog test must not leave its modal over the next one.
    for (const leftover of document.querySelectorAll('dam-picker-dialog')) leftover.remove();
    dam.stop();
  });
  after(async () => {
    document.body.style.margin = '';
    await viewport(800, 600);
  });

  for (const width of WIDTHS) {
    it(`at ${width} px nothing sticks out of the picker or scrolls it sideways, with the sidebar closed and open`, async () => {
      await viewport(width, 800);
      const picker = await mountPicker(dam, { width, upload: true, selection: 'multiple' });
      const narrow = width < 720;
      // Open a folder (the upload goes there), pick three assets (the footer's chips), type a long search.
      if (narrow) {
        tap(part(picker, 'sidebar-toggle')!);
        await picker.updateComplete;
      }
      await waitUntil(() => treeItem(picker, 'Brands'), 'the tree shows its rows');
      treeItem(picker, 'Brands')!.click();
      await waitUntil(() => dropzone(picker)?.folderId, 'the dropzone knows the folder');
      await settled(picker);
      for (const tile of tiles(picker).slice(0, 3)) tap(tile);
      await picker.updateComplete;
      expect(part(picker, 'footer')!.textContent).to.contain('3 selected');

      const sidebar = part(picker, 'sidebar')!;
      expect(sidebar.hidden, 'the sidebar is open').to.equal(false);
      expect(horizontalOverflow(picker), `sidebar open at ${width} px`).to.deep.equal([]);
      if (narrow) {
        // The sheet covers the picker's full height.
        const sheet = sidebar.getBoundingClientRect();
        const box = picker.getBoundingClientRect();
        expect(Math.round(sheet.top - box.top)).to.be.at.most(1);
        expect(Math.round(box.bottom - sheet.bottom)).to.be.at.most(1);
        part(picker, 'sheet-close')!.click();
      } else part(picker, 'sidebar-toggle')!.click();
      await picker.updateComplete;
      expect(part(picker, 'sidebar')!.hidden, 'the sidebar is closed').to.equal(true);
      expect(horizontalOverflow(picker), `sidebar closed at ${width} px`).to.deep.equal([]);

      // The search box and the count fit; Cancel and Insert are on screen and not covered.
      const input = picker.shadowRoot!.querySelector('dam-search-box')!.shadowRoot!.querySelector('input')!;
      expect(input.getBoundingClientRect().width, 'room to type').to.be.at.least(120);
      picker.scrollIntoView({ block: 'start', inline: 'start' });
      for (const name of ['count', 'cancel-button', 'confirm-button']) {
        const element = part(picker, name)!;
        expect(within(element, picker.getBoundingClientRect()), `${name} inside the picker`).to.equal(true);
        if (name !== 'count') expect(onTop(picker, element), `${describeElement(element)} not covered`).to.equal(true);
      }
      // Phones: the dropzone is a row of buttons, not a third of the screen.
      const zone = dropzone(picker);
      expect(zone.compact).to.equal(narrow);
      if (narrow) expect(zone.getBoundingClientRect().height).to.be.below(60);
      else expect(zone.shadowRoot!.querySelector('[part~="base"]')!.getBoundingClientRect().height).to.be.at.least(90);
    });
  }

  it('shows at least two columns of tiles at 320 px, the thumbnails following the width', async () => {
    await viewport(320, 700);
    const picker = await mountPicker(dam, { width: 320 });
    await waitUntil(() => columns(picker) >= 2, `two columns (saw ${columns(picker)})`);
    const [first] = tiles(picker);
    expect(first!.getBoundingClientRect().width).to.be.within(100, 160);
    expect(horizontalOverflow(picker)).to.deep.equal([]);
  });

  it('on a small phone, shows a whole row of tiles above an uncovered footer (the controls above the grid scroll away)', async () => {
    // A 320 × 640 phone, less the browser's bars.
    await viewport(320, 580);
    const picker = await mountPicker(dam, { width: 320, upload: true, selection: 'multiple' });
    picker.style.setProperty('--dam-picker-height', '580px');
    // A search shows the scope's two radios above the results; two picks give the footer its line of chips.
    const input = picker.shadowRoot!.querySelector('dam-search-box')!.shadowRoot!.querySelector('input')!;
    input.value = 'summer';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitUntil(() => part(picker, 'scope'), 'the scope shows');
    await resultsShown(picker);
    for (const tile of tiles(picker).slice(0, 2)) tap(tile);
    await picker.updateComplete;
    expect(part(picker, 'footer')!.textContent).to.contain('2 selected');

    const top = part(picker, 'toolbar')!.getBoundingClientRect().bottom;
    const bottom = part(picker, 'footer')!.getBoundingClientRect().top;
    const [first] = tiles(picker);
    const controls = part(picker, 'browse-bar')!.getBoundingClientRect().height + part(picker, 'upload')!.getBoundingClientRect().height;
    expect(bottom - top, 'the test leaves no room for the controls and a row of tiles at once').to.be.below(controls + first!.getBoundingClientRect().height);
    // The tiles' list never spreads over the footer: the chips, Cancel and Insert stay on top.
    for (const name of ['selection', 'cancel-button', 'confirm-button']) {
      expect(onTop(picker, part(picker, name)!), `${name} not covered`).to.equal(true);
    }
    // Scrolled to the grid, a whole row shows between the toolbar and the footer, and a strip of the controls
    // stays in view to swipe them back by.
    const results = picker.shadowRoot!.querySelector<HTMLElement>('.results')!;
    results.scrollTop = results.scrollHeight;
    await waitUntil(() => results.scrollTop > 0, 'the controls above the grid scroll away');
    const tile = first!.getBoundingClientRect();
    expect(tile.top, 'the first row below the toolbar').to.be.at.least(top - 0.5);
    expect(tile.bottom, 'the first row above the footer').to.be.at.most(bottom + 0.5);
    expect(onTop(picker, picker.grid!, first), 'the first tile not covered').to.equal(true);
    expect(part(picker, 'upload')!.getBoundingClientRect().bottom - top, 'a strip of the controls in view').to.be.at.least(24);
    // The grid still scrolls through its results in the room it has.
    const scroller = picker.grid!.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    scroller.scrollTop = 400;
    await waitUntil(() => scroller.scrollTop > 0, 'the grid scrolls');
  });

  it('keeps Cancel and Insert on the line of the chips from 540 px up, the chips scrolling instead', async () => {
    await viewport(640, 600);
    const picker = await mountPicker(dam, { width: 640, selection: 'multiple' });
    for (const tile of tiles(picker).slice(0, 3)) tap(tile);
    await picker.updateComplete;
    expect(part(picker, 'footer')!.textContent).to.contain('3 selected');
    const line = (name: string) => {
      const rect = part(picker, name)!.getBoundingClientRect();
      return Math.round(rect.top + rect.height / 2);
    };
    const chips = part(picker, 'selection')!;
    expect(chips.scrollWidth, 'the test picks more chips than fit').to.be.above(chips.clientWidth);
    expect(Math.abs(line('cancel-button') - line('selection')), "Cancel on the chips' line").to.be.at.most(2);
    expect(Math.abs(line('confirm-button') - line('selection')), "Insert on the chips' line").to.be.at.most(2);
    expect(horizontalOverflow(picker)).to.deep.equal([]);
  });

  it('keeps the search box and the count on screen while typing at 320 px (no sideways scroll)', async () => {
    await viewport(320, 700);
    const picker = await mountPicker(dam, { width: 320 });
    const search = picker.shadowRoot!.querySelector('dam-search-box')!;
    const input = search.shadowRoot!.querySelector('input')!;
    input.focus();
    input.value = 'a rather long search for summer campaign banners in every region';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.setSelectionRange(input.value.length, input.value.length);
    await waitUntil(() => /\d results?/.test(part(picker, 'count')!.textContent ?? ''), 'counted');
    expect(horizontalOverflow(picker)).to.deep.equal([]);
    expect(within(part(picker, 'count')!, picker.getBoundingClientRect())).to.equal(true);
  });

  // The dialog follows the window's size (media queries): these size the viewport itself.
  for (const width of [320, 375, 1280]) {
    it(`DamPicker.open()'s dialog at ${width} px: ${width < 600 ? 'the whole screen' : 'centred'}, and nothing sticks out of it`, async () => {
      await viewport(width, 720);
      const result = open({
        provider: 'brandworkz',
        site: SITE,
        discoveryUrl: API_ORIGIN,
        selection: 'multiple',
        upload: true,
        tokenProvider: async () => dam.token,
      });
      await waitUntil(() => document.querySelector('dam-picker-dialog')?.open, 'the dialog opens');
      const host = document.querySelector('dam-picker-dialog')!;
      const picker = host.querySelector('dam-picker')!;
      await settled(picker);
      const dialog = host.shadowRoot!.querySelector('dialog')!;
      const box = dialog.getBoundingClientRect();
      if (width < 600) expect([box.left, box.top, box.width, box.height].map(Math.round)).to.deep.equal([0, 0, innerWidth, innerHeight]);
      else expect(box.width).to.be.below(innerWidth);
      expect(horizontalOverflow(host, dialog), 'the dialog').to.deep.equal([]);
      expect(horizontalOverflow(picker, dialog), 'the picker in the dialog').to.deep.equal([]);
      expect(picker.getBoundingClientRect().bottom, 'the picker ends inside the dialog').to.be.at.most(box.bottom + 0.5);
      const screen = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
      expect(within(part(picker, 'cancel-button')!, screen), 'Cancel on screen').to.equal(true);
      expect(within(part(picker, 'confirm-button')!, screen), 'Insert on screen').to.equal(true);
      part(picker, 'cancel-button')!.click();
      expect(await result).to.deep.equal([]);
    });
  }
});
