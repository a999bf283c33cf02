// The pointer entering the sidebar (or focus going into it) brings its code at once, without waiting for the first screen's
// thumbnails; the virtualizer still waits for them, half a second at most. A page of its own (see
// after-first-thumbnails.test.ts).
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { startMockDam, type MockDam } from '../support/mock-dam.js';
import { fixturePicker, part } from '../support/picker-helpers.js';
import { firstScreenDrawn, holdThumbnails, plainFirstScreen, requestedAt, sidebarDefined } from '../support/after-first-thumbnails.js';
import '../support/benign-errors.js';

describe('<dam-picker> after the first thumbnails: the sidebar first', () => {
  let dam: MockDam;

  beforeEach(async () => {
    // Thumbnails of their own (see startMockDam): one fetched before from the image cache would not be held.
    dam = await startMockDam({ seed: 17 });
  });
  afterEach(() => dam.stop());

  it('the pointer entering the sidebar brings its code at once; the virtualizer comes after half a second without thumbnails', async () => {
    const thumbnails = holdThumbnails(); // never released: a CDN that does not answer
    const element = await fixturePicker(dam);
    const drawnAt = await firstScreenDrawn(element);
    // The pointer enters the sidebar. (Not focus(): of the two pages Chromium's runner tests at once, the one in the
    // background gets no focus events, and the picker listens for focusin the same way.)
    part(element, 'sidebar')!.dispatchEvent(new PointerEvent('pointerenter'));

    await waitUntil(sidebarDefined, 'the sidebar’s code', { timeout: 5000 });
    await waitUntil(() => !plainFirstScreen(element), 'the virtualizer took over, without the thumbnails', { timeout: 5000 });
    expect(requestedAt('dam-folder-tree')!, 'the sidebar, when the pointer entered it').to.be.below(drawnAt + 450);
    expect(requestedAt('grid-virtual')!, 'the virtualizer, after waiting half a second for the thumbnails').to.be.at.least(drawnAt + 450);
    expect(thumbnails.asked(), 'the first screen’s thumbnails asked for (and held)').to.be.greaterThan(0);
  });
});
