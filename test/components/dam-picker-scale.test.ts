// <dam-picker> with a long result list, against the emulator behind msw: the scrollbar spans every result,
// dragging it to the middle asks the DAM for that page (Brandworkz `from`, Bynder `page`) and shows stand-ins
// until it arrives, and the loaded window (and so the heap and the DOM) stays bounded.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../support/benign-errors.js';
import '../../src/define.js';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';
import { API_ORIGIN, BYNDER_PORTAL, SITE, startMockBynder, startMockDam } from '../support/mock-dam.js';
import { virtualized } from '../support/picker-helpers.js';

const TOTAL = 20_000;
const PAGE = 50;

const grid = (picker: DamPicker) => picker.grid!.shadowRoot!;
const scroller = (picker: DamPicker) => grid(picker).querySelector<HTMLElement>('[part~="listbox"]')!;
const tiles = (picker: DamPicker) => [...grid(picker).querySelectorAll<HTMLElement>('[role="option"]')];
const positions = (picker: DamPicker) => tiles(picker).map((tile) => Number(tile.dataset['index']));

async function jumpToMiddle(picker: DamPicker): Promise<number> {
  await waitUntil(() => tiles(picker).length > 0, 'first tiles', { timeout: 10_000 });
  await virtualized(picker);
  const box = scroller(picker);
  box.scrollTop = box.scrollHeight / 2;
  // Stand-ins where the page is not loaded yet, no tiles of the first page.
  await waitUntil(() => grid(picker).querySelectorAll('[part="skeleton"]').length > 0, 'stand-ins in the middle', { timeout: 5000 });
  expect(tiles(picker)).to.have.length(0);
  await waitUntil(() => tiles(picker).length > 0, 'tiles of the middle', { timeout: 10_000 });
  const first = Math.min(...positions(picker));
  expect(first).to.be.within(TOTAL * 0.4, TOTAL * 0.6);
  return first;
}

describe('<dam-picker> with a long result list', () => {
  it('jumps to the middle of Brandworkz results with one search from there, and keeps a bounded window', async function () {
    this.timeout(60_000); // 20,000 assets generated in the page, and two dozen pages scrolled through
    const dam = await startMockDam({ assetCount: TOTAL });
    try {
      dam.emulator.faults.setLatency(300); // long enough to see the stand-ins
      const picker = await fixture<DamPicker>(html`<dam-picker
        provider="brandworkz"
        site=${SITE}
        discovery-url=${API_ORIGIN}
        .tokenProvider=${async () => dam.token}
        style="width: 900px; --dam-picker-height: 600px"
      ></dam-picker>`);
      await waitUntil(() => /20,000 results/.test(picker.shadowRoot!.querySelector('[part~="count"]')?.textContent ?? ''), 'total shown', {
        timeout: 10_000,
      });
      dam.emulator.requests.clear();
      const first = await jumpToMiddle(picker);
      const searches = dam.emulator.requests.entries.filter((entry) => entry.endpoint === 'simpleSearch' && !entry.query['assetType']?.includes('Folder'));
      const froms = searches.map((entry) => Number(entry.query['from']));
      expect(froms[0], 'the first request after the jump is for the page in view').to.be.within(first - 2 * PAGE, first);
      expect(froms.every((from) => from % PAGE === 0 && from >= TOTAL * 0.35)).to.equal(true, `requests from ${froms.join(', ')}`);
      expect(grid(picker).querySelector(`[role="option"][data-index="${first}"]`)!.getAttribute('aria-posinset')).to.equal(String(first + 1));

      // Scrolling on through many pages keeps at most a window of pages, and a screen of tiles in the DOM.
      dam.emulator.faults.setLatency(0);
      const box = scroller(picker);
      const pixelsPerPage = (box.scrollHeight / TOTAL) * PAGE;
      for (let step = 0; step < 24; step++) {
        box.scrollTop += pixelsPerPage;
        await aTimeout(60);
        expect(grid(picker).querySelectorAll('.listbox > *').length).to.be.below(200);
      }
      await waitUntil(() => tiles(picker).length > 0, 'tiles after scrolling on', { timeout: 10_000 });
      expect(picker.grid!.assets.length, 'the loaded window').to.be.at.most(8 * PAGE);
      expect(Math.min(...positions(picker))).to.be.greaterThan(first + 10 * PAGE);
    } finally {
      dam.stop();
    }
  });

  it('jumps to the middle of Bynder results with the page number', async function () {
    this.timeout(30_000);
    const dam = await startMockBynder({ mediaCount: TOTAL });
    try {
      dam.emulator.faults.setLatency(300);
      const picker = await fixture<DamPicker>(html`<dam-picker
        provider="bynder"
        site=${BYNDER_PORTAL}
        .tokenProvider=${async () => dam.token}
        style="width: 900px; --dam-picker-height: 600px"
      ></dam-picker>`);
      await waitUntil(() => /20,000 results/.test(picker.shadowRoot!.querySelector('[part~="count"]')?.textContent ?? ''), 'total shown', {
        timeout: 10_000,
      });
      dam.emulator.requests.clear();
      const first = await jumpToMiddle(picker);
      const pages = dam.emulator.requests.entries.filter((entry) => entry.endpoint === 'media').map((entry) => Number(entry.query['page']));
      expect(pages[0], 'the page in view').to.be.within(Math.floor(first / PAGE) - 1, Math.floor(first / PAGE) + 1);
    } finally {
      dam.stop();
    }
  });
});
