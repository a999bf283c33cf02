// "Recently used" through <dam-picker>: inserted ids remembered in localStorage (ids only), offered at the
// top of the browse tree, fetched fresh from the DAM each time (an id the DAM no longer has drops out), and
// the `recents` attribute to turn it off.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../support/benign-errors.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';
import { API_ORIGIN, SITE, startMockDam, type MockDam } from '../support/mock-dam.js';
import { part, resultsShown, settled, tiles, tree, treeItem } from '../support/picker-helpers.js';

const PREFIX = 'dam-picker.recents:';

function clearRecents(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
}

function storedRecents(): Array<[string, string]> {
  return Object.keys(localStorage)
    .filter((key) => key.startsWith(PREFIX))
    .map((key) => [key, localStorage.getItem(key)!]);
}

async function mount(dam: MockDam, options: { recentsOff?: boolean } = {}): Promise<DamPicker> {
  const element = options.recentsOff
    ? await fixture<DamPicker>(html`<dam-picker
        provider="brandworkz"
        site=${SITE}
        discovery-url=${API_ORIGIN}
        recents="false"
        .tokenProvider=${async () => dam.token}
        style="width: 960px; --dam-picker-height: 640px"
      ></dam-picker>`)
    : await fixture<DamPicker>(html`<dam-picker
        provider="brandworkz"
        site=${SITE}
        discovery-url=${API_ORIGIN}
        .tokenProvider=${async () => dam.token}
        style="width: 960px; --dam-picker-height: 640px"
      ></dam-picker>`);
  await settled(element);
  return element;
}

/** Lookups by id (Brandworkz getAssets searches for the id). */
function lookups(dam: MockDam, id: string): number {
  return dam.emulator.requests.entries.filter((entry) => entry.endpoint === 'simpleSearch' && entry.query['searchterm'] === id).length;
}

describe('<dam-picker> Recently used', function () {
  this.timeout(30_000);
  let dam: MockDam;

  beforeEach(async () => {
    clearRecents();
    dam = await startMockDam();
  });
  afterEach(() => {
    dam.stop();
    clearRecents();
  });

  it('offers what was inserted, fetched fresh from the DAM each time, and keeps only ids', async () => {
    let picker = await mount(dam);
    const inserted = picker.grid!.assets[4]!;
    tiles(picker)
      .find((tile) => tile.dataset['index'] === '4')!
      .click();
    await picker.updateComplete;
    const chosen = oneEvent(picker, 'dam-select');
    part(picker, 'confirm-button')!.click();
    await chosen;
    const stored = storedRecents();
    expect(stored).to.have.length(1);
    expect(JSON.parse(stored[0]![1])).to.deep.equal([inserted.id]);
    expect(stored[0]![1]).not.to.contain(dam.token);
    expect(stored[0]![0]).to.contain(SITE);

    // An id the DAM no longer has is remembered too: it must drop out.
    localStorage.setItem(stored[0]![0], JSON.stringify(['00000000-dead-beef-0000-000000000000', inserted.id]));
    picker.remove();
    picker = await mount(dam);
    const row = treeItem(picker, 'Recently used')!;
    expect(tree(picker).shadowRoot!.querySelectorAll('[role="treeitem"]')[0]).to.equal(row);
    dam.emulator.requests.clear();
    row.click();
    await waitUntil(() => picker.grid!.assets.length === 1 && picker.grid!.assets[0]!.id === inserted.id, 'the recent asset, alone', { timeout: 5000 });
    await resultsShown(picker);
    expect(lookups(dam, inserted.id)).to.equal(1);
    expect(row.getAttribute('aria-selected')).to.equal('true');
    expect(part(picker, 'browse-bar')!.textContent).to.contain('Recently used');
    await expect(picker).to.be.accessible();

    // Away to the root folder and back: asked again, not served from the cache.
    treeItem(picker, tree(picker).root!.title || 'All folders')!.click();
    await waitUntil(() => picker.grid!.assets.length > 1, 'back in the folder');
    treeItem(picker, 'Recently used')!.click();
    await waitUntil(() => lookups(dam, inserted.id) === 2, 'fetched again', { timeout: 5000 });
  });

  it('is chosen from the keyboard and says when nothing was inserted yet', async () => {
    const picker = await mount(dam);
    const row = treeItem(picker, 'Recently used')!;
    row.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => picker.grid!.shadowRoot!.querySelector('[part~="empty"]'), 'empty state');
    expect(picker.grid!.textContent).to.contain('Nothing inserted yet');
  });

  it('is not offered with recents="false", and nothing is remembered', async () => {
    const picker = await mount(dam, { recentsOff: true });
    expect(picker.recents).to.equal(false);
    expect(treeItem(picker, 'Recently used')).to.equal(undefined);
    tiles(picker)[0]!.click();
    await picker.updateComplete;
    const chosen = oneEvent(picker, 'dam-select');
    part(picker, 'confirm-button')!.click();
    await chosen;
    expect(storedRecents()).to.have.length(0);
  });
});
