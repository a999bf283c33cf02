// The first screen of thumbnails is asked for as soon as the DAM's answer is read, not after the picker and
// the grid have rendered it: the images' requests overlap that render. A file of its own, so that no earlier
// test has these thumbnails in the page's image cache (a cached image is not fetched again).
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { startMockDam, type MockDam } from '../support/mock-dam.js';
import { fixturePicker, part, resultsShown } from '../support/picker-helpers.js';
import '../support/benign-errors.js';

describe('<dam-picker> first thumbnails', () => {
  let dam: MockDam;

  beforeEach(async () => {
    dam = await startMockDam();
  });
  afterEach(() => dam.stop());

  it('asks for the first screen of thumbnails before it draws the results, and each once', async () => {
    performance.clearResourceTimings();
    const element = await fixturePicker(dam);
    // When the picker first shows a count: the render that hands the grid its assets (the grid draws its tiles,
    // and their images ask for their thumbnails, after that).
    let countedAt = Number.POSITIVE_INFINITY;
    const counted = new MutationObserver(() => {
      if (countedAt === Number.POSITIVE_INFINITY && /\d results?/.test(part(element, 'count')?.textContent ?? '')) countedAt = performance.now();
    });
    counted.observe(element.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await resultsShown(element);
    counted.disconnect();

    const first = element.grid!.assets.slice(0, 4).map((asset) => new URL(asset.thumbnailUrl!).href);
    const fetched = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => first.includes(entry.name));
    expect(fetched.map((entry) => entry.name).sort(), 'each of the first row fetched once').to.deep.equal([...first].sort());
    for (const entry of fetched) expect(entry.startTime, entry.name).to.be.lessThan(countedAt);
  });
});
