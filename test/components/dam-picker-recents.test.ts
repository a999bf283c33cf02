// "Recently used" through <dam-picker>: inserted ids remembered in localStorage (ids only, the newest 50),
// offered at the top of the browse tree, fetched fresh from the DAM each time (an id the DAM no longer has
// drops out; a few lookups at a time), restricted assets badged or hidden, on Brandworkz and Bynder, and the
// `recents` attribute to turn it off.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../support/benign-errors.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';
import { http } from 'msw';
import { API_ORIGIN, BYNDER_PORTAL, SITE, startMockBynder, startMockDam, useHandlers, type MockDam } from '../support/mock-dam.js';
import { mountBynderPicker, part, resultsShown, settled, tiles, tree, treeItem } from '../support/picker-helpers.js';

const PREFIX = 'dam-picker.recents:';

function clearRecents(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
}

function storedRecents(): Array<[string, string]> {
  return Object.keys(localStorage)
    .filter((key) => key.startsWith(PREFIX))
    .map((key) => [key, localStorage.getItem(key)!]);
}

/** The product's key for a list: provider, site (lower case) and user (the OAuth client; `host` with a token provider). */
function recentsKey(provider: string, site: string): string {
  return PREFIX + JSON.stringify([provider, site.toLowerCase(), 'host']);
}

async function mountRestricted(dam: MockDam, restrictedAssets: 'warn' | 'hide'): Promise<DamPicker> {
  const element = await fixture<DamPicker>(html`<dam-picker
    provider="brandworkz"
    site=${SITE}
    discovery-url=${API_ORIGIN}
    restricted-assets=${restrictedAssets}
    .tokenProvider=${async () => dam.token}
    style="width: 960px; --dam-picker-height: 640px"
  ></dam-picker>`);
  await settled(element);
  return element;
}

async function showRecents(picker: DamPicker, count: number): Promise<void> {
  treeItem(picker, 'Recently used')!.click();
  await waitUntil(() => part(picker, 'browse-bar')?.textContent?.includes('Recently used') && picker.grid!.assets.length === count, `${count} recent assets`, {
    timeout: 10_000,
  });
  await resultsShown(picker);
}

function titleOfTile(tile: HTMLElement): string {
  return tile.querySelector('[part~="title"]')?.textContent?.trim() ?? '';
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

  it('keeps the newest 50, the last inserted first, and asks for them a few at a time', async () => {
    const seeded = dam.emulator.data.assets.slice(100, 150).map((asset) => asset.guid);
    localStorage.setItem(recentsKey('brandworkz', SITE), JSON.stringify(seeded));
    const picker = await mount(dam);
    const inserted = picker.grid!.assets[0]!;
    expect(seeded).not.to.include(inserted.id);
    tiles(picker)[0]!.click();
    await picker.updateComplete;
    const chosen = oneEvent(picker, 'dam-select');
    part(picker, 'confirm-button')!.click();
    await chosen;
    const stored = storedRecents();
    expect(stored.map(([key]) => key)).to.deep.equal([recentsKey('brandworkz', SITE)]);
    expect(JSON.parse(stored[0]![1])).to.deep.equal([inserted.id, ...seeded.slice(0, 49)]);

    // The lookups (one /simpleSearch per id, as documented) are held a moment each, to see how many run at once.
    let running = 0;
    let most = 0;
    useHandlers(
      http.get(`${API_ORIGIN}/*/simpleSearch`, async ({ request }) => {
        if (!new URL(request.url).searchParams.has('searchterm')) return;
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 30));
        running--;
      }),
    );
    dam.emulator.requests.clear();
    await showRecents(picker, 50);
    expect(picker.grid!.assets.map((asset) => asset.id)).to.deep.equal([inserted.id, ...seeded.slice(0, 49)]);
    expect(lookups(dam, inserted.id)).to.equal(1);
    expect(most, 'lookups at once').to.be.within(2, 6);
  });

  it('badges an expired recent asset with restricted-assets="warn" and leaves it out with "hide"', async () => {
    const { expired, active } = dam.emulator.data.rightsAssets!;
    const titleOf = (guid: string) => dam.emulator.data.assetByGuid(guid)!.title;
    localStorage.setItem(recentsKey('brandworkz', SITE), JSON.stringify([expired, active]));
    let picker = await mountRestricted(dam, 'warn');
    await showRecents(picker, 2);
    expect(picker.grid!.assets.map((asset) => asset.id)).to.deep.equal([expired, active]);
    const expiredTile = tiles(picker).find((tile) => titleOfTile(tile) === titleOf(expired))!;
    expect(expiredTile.querySelector('[part~="status-badge"]')!.textContent.trim()).to.equal('Expired');
    const activeTile = tiles(picker).find((tile) => titleOfTile(tile) === titleOf(active))!;
    expect(activeTile.querySelector('[part~="status-badge"]')).to.equal(null);
    picker.remove();

    picker = await mountRestricted(dam, 'hide');
    await showRecents(picker, 1);
    expect(picker.grid!.assets.map((asset) => asset.id)).to.deep.equal([active]);
  });

  it('works the same on Bynder', async () => {
    const bynder = await startMockBynder({ mediaCount: 200 });
    try {
      const ids = bynder.emulator.data.media.slice(10, 13).map((item) => item.id);
      localStorage.setItem(recentsKey('bynder', BYNDER_PORTAL), JSON.stringify(['not-a-media-id', ...ids]));
      const picker = await mountBynderPicker(bynder);
      await settled(picker);
      await showRecents(picker, 3);
      expect(picker.grid!.assets.map((asset) => asset.id)).to.deep.equal(ids);
      const inserted = picker.grid!.assets[2]!;
      tiles(picker)[2]!.click();
      await picker.updateComplete;
      const chosen = oneEvent(picker, 'dam-select');
      part(picker, 'confirm-button')!.click();
      await chosen;
      expect(JSON.parse(localStorage.getItem(recentsKey('bynder', BYNDER_PORTAL))!)).to.deep.equal([inserted.id, 'not-a-media-id', ids[0], ids[1]]);
    } finally {
      bynder.stop();
    }
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
