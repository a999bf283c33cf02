// <dam-picker>'s browse and filter side against the emulator: the sidebar (tree and facets), the
// breadcrumb and folder scope, one cached query per combination, the selection across navigation,
// the /search failure degradation, the narrow layout, and axe in the main states.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';
import { startMockDam, type MockDam } from '../support/mock-dam.js';
import {
  apiRequests,
  facetCheckbox,
  facetList,
  mountPicker,
  part,
  requests,
  resultsShown,
  settled,
  shownTotal,
  tiles,
  treeItem,
} from '../support/picker-helpers.js';
import { typeText } from '../support/engine.js';
import '../support/benign-errors.js';

describe('<dam-picker> browse and filter', () => {
  let dam: MockDam;

  beforeEach(async () => {
    dam = await startMockDam();
  });
  afterEach(() => dam.stop());

  const data = () => dam.emulator.data;
  const topFolder = (title: string) =>
    data()
      .childFolders(data().rootFolderGuid)
      .find((folder) => folder.title === title)!;
  const crumbs = (picker: DamPicker) =>
    [...part(picker, 'breadcrumb')!.shadowRoot!.querySelectorAll('li')].map((li) => li.querySelector('button, [aria-current]')!.textContent.trim());

  async function openFolder(picker: DamPicker, title: string): Promise<void> {
    await waitUntil(() => treeItem(picker, title), `tree item ${title}`);
    treeItem(picker, title)!.click();
    await waitUntil(() => crumbs(picker).at(-1) === title, `breadcrumb ${title}`);
    await settled(picker);
  }

  async function tick(picker: DamPicker, group: string, option: string): Promise<void> {
    await waitUntil(() => facetCheckbox(picker, group, option), `${group}: ${option}`);
    facetCheckbox(picker, group, option)!.click();
    await waitUntil(() => facetList(picker).filters && Object.values(facetList(picker).filters).flat().length > 0, 'filter applied');
    await settled(picker);
  }

  it('lays out the tree and the facets beside the grid, with a breadcrumb at the root', async () => {
    const picker = await mountPicker(dam);
    expect(part(picker, 'sidebar')!.hidden).to.equal(false);
    expect(part(picker, 'sidebar-toggle')!.getAttribute('aria-expanded')).to.equal('true');
    expect(crumbs(picker)).to.deep.equal([data().rootFolder.title]);
    await waitUntil(() => treeItem(picker, data().rootFolder.title), 'tree rendered');
    expect(treeItem(picker, data().rootFolder.title)!.getAttribute('aria-expanded')).to.equal('true');
    const groups = facetList(picker).groups.map((group) => group.id);
    expect(groups).to.include.members(['asset-type', 'file-type', 'brand', 'region']);
    // Counts follow the data: every image in the DAM.
    const images = data().assets.filter((asset) => asset.assetType === 'Image').length;
    expect(facetList(picker).groups[0]!.options.find((option) => option.value === 'image')?.count).to.equal(images);
    await expect(picker).to.be.accessible();
  });

  it('scopes the grid to a folder and below, or to the folder only, and serves an earlier folder from the cache', async () => {
    const picker = await mountPicker(dam);
    const shared = topFolder('Shared library');
    await openFolder(picker, 'Shared library');
    const below = data().assets.filter((asset) => data().isFolderBelow(asset.categoryGUID, shared.guid) || asset.categoryGUID === shared.guid);
    expect(shownTotal(picker)).to.equal(below.length);
    expect(requests(dam, 'assets').at(-1)?.query['categoryGUID']).to.equal(shared.guid);
    expect(crumbs(picker)).to.deep.equal([data().rootFolder.title, 'Shared library']);

    const only = part(picker, 'scope')!.querySelector<HTMLInputElement>('input[value="children"]')!;
    only.click();
    await waitUntil(() => requests(dam, 'assets').at(-1)?.query['parentCategoryGUID'] === shared.guid, 'parentCategoryGUID');
    await resultsShown(picker);
    expect(shownTotal(picker)).to.equal(data().childAssets(shared.guid).length);

    // Back to the root through the breadcrumb, with "this folder and below": from the cache.
    part(picker, 'scope')!.querySelector<HTMLInputElement>('input[value="descendants"]')!.click();
    await resultsShown(picker);
    dam.emulator.requests.clear();
    part(picker, 'breadcrumb')!.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => shownTotal(picker) === data().assets.length, 'whole DAM again');
    await settled(picker);
    expect(requests(dam, 'assets')).to.have.length(0);
    expect(requests(dam, 'search')).to.have.length(0);
    expect(treeItem(picker, data().rootFolder.title)!.getAttribute('aria-selected')).to.equal('true');
  });

  it('combines keyword, folder and facets into one query, cached as a whole', async () => {
    const picker = await mountPicker(dam);
    await openFolder(picker, 'Brands');
    await tick(picker, 'Type', 'Image');
    const image = requests(dam, 'assets').at(-1)!;
    expect(image.query['assetType']).to.equal('Image');
    const brand = facetList(picker).groups.find((group) => group.id === 'brand')!.options[0]!.value;
    await tick(picker, 'Brand', brand);
    // A metadata filter needs /search.
    expect(requests(dam, 'search').length).to.be.greaterThan(0);
    const brands = topFolder('Brands');
    const expected = data().assets.filter(
      (asset) => asset.assetType === 'Image' && asset.brand === brand && data().isFolderBelow(asset.categoryGUID, brands.guid),
    );
    expect(shownTotal(picker)).to.equal(expected.length);
    for (const asset of picker.grid!.assets) expect(asset.type).to.equal('image');
    // One chip per filter; removing the brand chip goes back to an earlier combination, from the cache.
    const chips = facetList(picker).shadowRoot!.querySelectorAll('[part~="chip"]');
    expect([...chips].map((chip) => chip.textContent.replace('×', '').trim())).to.deep.equal(['Type: Image', `Brand: ${brand}`]);
    expect(part(picker, 'sidebar-toggle')!.textContent).to.contain('(2)');
    dam.emulator.requests.clear();
    (chips[1]!.querySelector('button') as HTMLButtonElement).click();
    await waitUntil(() => Object.keys(facetList(picker).filters).length === 1, 'brand removed');
    await settled(picker);
    expect(apiRequests(dam)).to.have.length(0);
    expect(facetList(picker).shadowRoot!.activeElement?.getAttribute('part')).to.equal('chip-remove');
    await expect(picker).to.be.accessible();

    facetList(picker).shadowRoot!.querySelector<HTMLButtonElement>('[part~="clear-all"]')!.click();
    await waitUntil(() => Object.keys(facetList(picker).filters).length === 0, 'cleared');
    await settled(picker);
    expect(apiRequests(dam)).to.have.length(0);
  });

  it('keeps the selection through navigation, filters and searches, lists it in the footer, and confirms it', async () => {
    const picker = await mountPicker(dam, { selection: 'multiple' });
    tiles(picker)[0]!.click();
    tiles(picker)[1]!.click();
    await picker.updateComplete;
    const chosen = picker.grid!.assets.slice(0, 2);
    await openFolder(picker, 'Archive');
    await tick(picker, 'Type', 'Audio');
    const input = part(picker, 'toolbar')!.querySelector('dam-search-box')!.shadowRoot!.querySelector('input')!;
    input.focus();
    await typeText('zzzqqq');
    await waitUntil(() => shownTotal(picker) === 0, 'no results');
    await settled(picker);
    expect(picker.grid!.assets).to.have.length(0);
    const items = () => [...part(picker, 'selection')!.querySelectorAll('[part~="selection-item"]')];
    expect(items().map((item) => item.textContent.replace('×', '').trim())).to.deep.equal(chosen.map((asset) => asset.title));
    expect(part(picker, 'footer')!.textContent).to.contain('2 selected');
    await expect(picker).to.be.accessible();

    // Remove the first from the footer; focus moves on to the next chip.
    items()[0]!.querySelector('button')!.click();
    await waitUntil(() => items().length === 1, 'one left');
    expect(picker.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal(chosen[1]!.id);
    const event = oneEvent(picker, 'dam-select');
    part(picker, 'confirm-button')!.click();
    expect((await event).detail.assets).to.deep.equal([chosen[1]]);
  });

  it('degrades to type and format filters without counts when /search fails, and says so', async () => {
    const picker = await mountPicker(dam);
    await tick(picker, 'Brand', facetList(picker).groups.find((group) => group.id === 'brand')!.options[0]!.value);
    dam.emulator.faults.inject({ endpoint: 'search', status: 500, times: 1000 });
    await openFolder(picker, 'Shared library');
    await waitUntil(() => facetList(picker).degraded, 'degraded');
    await settled(picker);
    expect(facetList(picker).groups.map((group) => group.id)).to.deep.equal(['asset-type', 'file-type']);
    expect(facetList(picker).filters).to.deep.equal({});
    expect(part(picker, 'facet-list')!.shadowRoot!.querySelector('[part~="notice"]')!.textContent).to.contain('unavailable');
    expect(part(picker, 'sidebar')!.textContent).to.contain('Some filters were removed');
    expect(facetList(picker).shadowRoot!.querySelectorAll('[part~="count"]')).to.have.length(0);
    // The basic filters still work, through /simpleSearch.
    const shared = topFolder('Shared library');
    await tick(picker, 'Format', 'MP3');
    expect(requests(dam, 'assets').at(-1)?.query).to.include({ fileType: 'mp3', categoryGUID: shared.guid });
    const mp3 = data().assets.filter((asset) => asset.fileType === 'mp3' && data().isFolderBelow(asset.categoryGUID, shared.guid));
    expect(shownTotal(picker)).to.equal(mp3.length);
    await expect(picker).to.be.accessible();
  });

  it('offers the metadata facets named in facet-fields, with their labels', async () => {
    const picker = await mountPicker(dam, { facetFields: 'usageRights:Rights, colour' });
    expect(facetList(picker).groups.map((group) => [group.id, group.label])).to.deep.equal([
      ['asset-type', 'Type'],
      ['file-type', 'Format'],
      ['usageRights', 'Rights'],
      ['colour', 'colour'],
    ]);
    expect(facetCheckbox(picker, 'Rights', 'Restricted')).to.exist;
  });

  it('collapses the sidebar on narrow widths; the toggle opens it over the results and Escape closes it', async () => {
    const picker = await mountPicker(dam, { width: 520 });
    const toggle = part(picker, 'sidebar-toggle')!;
    expect(part(picker, 'sidebar')!.hidden).to.equal(true);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await picker.updateComplete;
    expect(part(picker, 'sidebar')!.hidden).to.equal(false);
    await expect(picker).to.be.accessible();
    // The tree draws its rows once its list has a size, in a frame of its own.
    await waitUntil(() => treeItem(picker, data().rootFolder.title), 'the tree drawn');
    treeItem(picker, data().rootFolder.title)!.focus();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => part(picker, 'sidebar')!.hidden, 'closed');
    await waitUntil(() => picker.shadowRoot!.activeElement === toggle, 'focus back on the toggle');
  });
});
