// The work that comes after the first results — the grid's virtualizer taking over from the first screen of tiles,
// and the sidebar's code (the folder tree and the facets) — waits until the first screen's thumbnails are shown,
// so that neither delays their paint. Each file of these tests is a page of its own (both load once a page).
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { startMockDam, type MockDam } from '../support/mock-dam.js';
import { fixturePicker, part } from '../support/picker-helpers.js';
import { firstScreenDrawn, holdThumbnails, plainFirstScreen, requestedAt, sidebarDefined } from '../support/after-first-thumbnails.js';
import '../support/benign-errors.js';

describe('<dam-picker> after the first thumbnails', () => {
  let dam: MockDam;

  beforeEach(async () => {
    // Thumbnails of their own (see startMockDam): one fetched before from the image cache would not be held.
    dam = await startMockDam({ seed: 15 });
  });
  afterEach(() => dam.stop());

  it('loads the virtualizer and the sidebar once the first screen’s thumbnails have arrived', async () => {
    const thumbnails = holdThumbnails();
    const element = await fixturePicker(dam);
    await firstScreenDrawn(element);

    // Frames later, with the thumbnails still on their way: neither has come.
    for (let frame = 0; frame < 3; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(thumbnails.asked(), 'the first screen’s thumbnails asked for').to.be.greaterThan(0);
    expect(plainFirstScreen(element), 'the first screen, still a plain grid').to.equal(true);
    expect(sidebarDefined(), 'the sidebar’s code').to.equal(false);
    expect(part(element, 'sidebar')?.querySelector('.sidebar-skeleton'), 'the sidebar’s stand-in rows').to.not.equal(null);

    const releasedAt = performance.now();
    // When the grid says the thumbnails are shown (decoded, and a frame painted with them), measured beside its own
    // wait: the loads must follow that, not the end of the half second it waits at most. (Measured from the
    // release, not from the first screen: on a busy machine the frames before the release alone can take 300 ms.)
    const shown = element.grid!.thumbnailsShown().then(() => performance.now());
    thumbnails.release();
    await waitUntil(() => !plainFirstScreen(element), 'the virtualizer took over', { timeout: 5000 });
    await waitUntil(sidebarDefined, 'the sidebar’s code', { timeout: 5000 });
    const shownAt = await shown;
    expect(shownAt - releasedAt, 'thumbnailsShown() after the release, well within its half second').to.be.below(400);
    for (const module of ['grid-virtual', 'dam-folder-tree', 'dam-facet-list'] as const) {
      const at = requestedAt(module)!;
      expect(at, `${module}: after the thumbnails`).to.be.at.least(releasedAt);
      expect(at - shownAt, `${module}: when the thumbnails were shown`).to.be.below(150);
    }
  });
});
