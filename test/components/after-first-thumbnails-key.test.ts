// A key pressed on the first screen brings the virtualizer at once (it draws the tiles beyond it), without
// waiting for the thumbnails; the sidebar still waits for them, half a second at most. A page of its own
// (see after-first-thumbnails.test.ts).
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { startMockDam, type MockDam } from '../support/mock-dam.js';
import { fixturePicker } from '../support/picker-helpers.js';
import { firstScreenDrawn, holdThumbnails, plainFirstScreen, requestedAt, sidebarDefined } from '../support/after-first-thumbnails.js';
import '../support/benign-errors.js';
// The virtualizer's code already in the page: what is timed is when the grid uses it, not how long the
// development server takes to serve its modules.
import '../../src/components/dam-asset-grid/grid-virtual.js';

describe('<dam-picker> after the first thumbnails: a key first', () => {
  let dam: MockDam;

  beforeEach(async () => {
    // Thumbnails of their own (see startMockDam): one fetched before from the image cache would not be held.
    dam = await startMockDam({ seed: 16 });
  });
  afterEach(() => dam.stop());

  it('a key on the first screen brings the virtualizer at once; the sidebar comes after half a second without thumbnails', async () => {
    const thumbnails = holdThumbnails(); // never released: a CDN that does not answer
    const element = await fixturePicker(dam);
    const drawnAt = await firstScreenDrawn(element);
    const listbox = element.grid!.shadowRoot!.querySelector<HTMLElement>('[part~="listbox"]')!;
    listbox.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));

    await waitUntil(() => !plainFirstScreen(element), 'the virtualizer took over', { interval: 5, timeout: 5000 });
    const tookOverAt = performance.now();
    await waitUntil(sidebarDefined, 'the sidebar’s code, without the thumbnails', { timeout: 5000 });
    const tree = requestedAt('dam-folder-tree')!;
    // At the key, not when the wait for the thumbnails ends (half a second after the first screen).
    expect(tookOverAt, 'the virtualizer took over').to.be.below(drawnAt + 450);
    expect(tree, 'the sidebar, after waiting half a second for the thumbnails').to.be.at.least(drawnAt + 450);
    expect(thumbnails.asked(), 'the first screen’s thumbnails asked for (and held)').to.be.greaterThan(0);
  });
});
