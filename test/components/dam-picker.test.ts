// <dam-picker> through its public surface, against the emulator behind msw:
// states, attributes, searching (debounce, cache), selection rules, events,
// errors with retry, restrictions, hostile data, accessibility.
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';
import type { DamAsset } from '../../src/api/types.js';
import { API_ORIGIN, SITE, startMockDam, type MockDam } from '../support/mock-dam.js';
import { pressRepeatedly, typeText } from '../support/engine.js';
import '../support/benign-errors.js';
import { virtualized } from '../support/picker-helpers.js';

function part(picker: DamPicker, name: string): HTMLElement | null {
  return picker.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

function tiles(picker: DamPicker): HTMLElement[] {
  return [...(picker.grid?.shadowRoot?.querySelectorAll<HTMLElement>('[role="option"]') ?? [])];
}

async function resultsShown(picker: DamPicker): Promise<void> {
  await waitUntil(() => /\d results?/.test(part(picker, 'count')?.textContent ?? ''), 'results counted', { timeout: 5000 });
  await waitUntil(() => tiles(picker).length > 0 || picker.grid?.assets.length === 0, 'tiles rendered', { timeout: 5000 });
  await virtualized(picker);
}

/** The sidebar has loaded too: the tree's first level and the facets. */
async function browseLoaded(picker: DamPicker): Promise<void> {
  const tree = picker.shadowRoot!.querySelector('dam-folder-tree');
  const facets = picker.shadowRoot!.querySelector('dam-facet-list');
  await waitUntil(() => (tree?.shadowRoot?.querySelectorAll('[role="treeitem"]').length ?? 0) > 1, 'tree loaded', { timeout: 5000 });
  await waitUntil(() => (facets?.groups.length ?? 0) > 0 && !facets?.loading, 'facets loaded', { timeout: 5000 });
}

/** Asset searches the DAM has answered (not the folder tree's listings, which go to the same endpoint). */
function searches(dam: MockDam): number {
  return dam.emulator.requests.entries.filter((entry) => entry.endpoint === 'simpleSearch' && !entry.query['parentCategoryGUID']).length;
}

function shownTotal(picker: DamPicker): number {
  return Number((part(picker, 'count')?.textContent ?? '').replace(/\D/g, ''));
}

async function typeInSearch(picker: DamPicker, text: string): Promise<void> {
  picker.shadowRoot!.querySelector('dam-search-box')!.shadowRoot!.querySelector('input')!.focus();
  await typeText(text);
}

describe('<dam-picker>', () => {
  let dam: MockDam;

  beforeEach(async () => {
    dam = await startMockDam();
  });
  afterEach(() => dam.stop());

  async function picker(template = html``, options: { selection?: string; maxItems?: number; assetTypes?: string; fileTypes?: string } = {}) {
    const element = await fixture<DamPicker>(html`<dam-picker
      provider="brandworkz"
      site=${SITE}
      discovery-url=${API_ORIGIN}
      selection=${options.selection ?? 'single'}
      max-items=${options.maxItems ?? 0}
      asset-types=${options.assetTypes ?? ''}
      file-types=${options.fileTypes ?? ''}
      .tokenProvider=${async () => dam.token}
      style="width: 900px; --dam-picker-height: 600px"
      >${template}</dam-picker
    >`);
    await resultsShown(element);
    await browseLoaded(element);
    return element;
  }

  it('says what is missing when it is not configured', async () => {
    const element = await fixture<DamPicker>(html`<dam-picker></dam-picker>`);
    expect(part(element, 'error')?.textContent).to.contain('not configured');
    await expect(element).to.be.accessible();
  });

  it('offers a sign-in when there is no session, after discovering the DAM', async () => {
    const element = await fixture<DamPicker>(
      html`<dam-picker provider="brandworkz" site=${SITE} discovery-url=${API_ORIGIN} client-id="dam-picker-demo"></dam-picker>`,
    );
    // Discovery, then the sign-in panel (its code is fetched on the way): more than waitUntil's default second in WebKit.
    await waitUntil(() => part(element, 'sign-in'), 'sign-in panel', { timeout: 5000 });
    expect(part(element, 'sign-in')!.textContent).to.contain('Sign in to Brandworkz');
    expect(dam.count('getAPIURL')).to.equal(1);
    expect(dam.count('simpleSearch')).to.equal(0);
    await expect(element).to.be.accessible();
  });

  it('opened again on the page, starts with its search: the DAM is discovered once per page', async () => {
    (await picker()).remove();
    dam.emulator.requests.clear();
    const again = await picker();
    expect(dam.count('getAPIURL')).to.equal(0);
    expect(searches(dam)).to.be.greaterThan(0);
    expect(tiles(again).length).to.be.greaterThan(0);
  });

  it('opened again, sends its first search before it draws its shell', async () => {
    (await picker()).remove();
    // Whether the picker had drawn its shell when each search left, seen from the page's fetch.
    const drawnAtSearch: boolean[] = [];
    const pageFetch = window.fetch;
    window.fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.includes('/simpleSearch')) drawnAtSearch.push(document.querySelector('dam-picker')?.shadowRoot?.querySelector('[part~="base"]') != null);
      return pageFetch(input, init);
    };
    try {
      const again = await picker();
      expect(tiles(again).length).to.be.greaterThan(0);
    } finally {
      window.fetch = pageFetch;
    }
    expect(drawnAtSearch[0]).to.equal(false);
  });

  it('reflects provider and selection and has camelCase property twins', async () => {
    const element = await picker();
    expect(element.provider).to.equal('brandworkz');
    expect(element.discoveryUrl).to.equal(API_ORIGIN);
    element.selection = 'multiple';
    await element.updateComplete;
    expect(element.getAttribute('selection')).to.equal('multiple');
  });

  it('shows the first page with the total number of hits', async () => {
    const element = await picker();
    expect(shownTotal(element)).to.equal(dam.emulator.data.assets.length);
    expect(element.grid!.assets).to.have.length(50);
    await expect(element).to.be.accessible();
  });

  it('sends one search for a burst of keystrokes and serves a query seen before from the cache', async () => {
    const element = await picker();
    dam.emulator.requests.clear();
    await typeInSearch(element, 'summer');
    await waitUntil(() => searches(dam) === 1, 'one search');
    await resultsShown(element);
    await aTimeout(400);
    expect(searches(dam)).to.equal(1);
    const request = dam.emulator.requests.entries.find((entry) => entry.endpoint === 'simpleSearch' && !entry.query['parentCategoryGUID']);
    expect(request?.query['searchterm']).to.equal('summer');
    const summerTotal = shownTotal(element);

    // Clear: back to the first query, from the cache.
    await pressRepeatedly('Backspace', 6);
    await waitUntil(() => shownTotal(element) === dam.emulator.data.assets.length, 'back to all results');
    await aTimeout(400);
    expect(searches(dam)).to.equal(1);
    expect(summerTotal).to.be.lessThan(dam.emulator.data.assets.length);
  });

  it('replaces the selection in single mode and confirms with dam-select', async () => {
    const element = await picker();
    tiles(element)[0]!.click();
    tiles(element)[1]!.click();
    await element.updateComplete;
    expect(element.grid!.selectedIds.size).to.equal(1);
    const chosen = element.grid!.assets[1] as DamAsset;
    const event = oneEvent(element, 'dam-select');
    part(element, 'confirm-button')!.click();
    const { detail, bubbles, composed } = await event;
    expect(bubbles && composed).to.equal(true);
    expect(detail.assets).to.deep.equal([chosen]);
  });

  it('in multiple mode stops at max-items and says so', async () => {
    const element = await picker(html``, { selection: 'multiple', maxItems: 2 });
    for (const index of [0, 1]) {
      tiles(element)[index]!.click();
      await element.updateComplete;
    }
    expect(element.grid!.selectionFull).to.equal(true);
    expect(part(element, 'footer')!.textContent).to.contain('2 of 2 selected');
    const notice = () => element.shadowRoot!.querySelector('[part="footer"] .notice[role="status"]')?.textContent ?? '';
    expect(notice()).to.equal('You can pick at most 2 assets.');
    // A refused tile clears the live region and says the limit again, so a screen reader hears it.
    tiles(element)[2]!.click();
    await element.updateComplete;
    expect(notice()).to.equal('');
    await waitUntil(() => notice() === 'You can pick at most 2 assets.', 'the limit said again');
    expect(element.grid!.selectedIds.size).to.equal(2);
    const event = oneEvent(element, 'dam-select');
    part(element, 'confirm-button')!.click();
    expect((await event).detail.assets).to.have.length(2);
  });

  it('fires dam-cancel from the cancel button', async () => {
    const element = await picker();
    const event = oneEvent(element, 'dam-cancel');
    part(element, 'cancel-button')!.click();
    expect((await event).detail).to.deep.equal({});
  });

  it('resolves a preselection it has not loaded yet when confirming', async () => {
    const preselected = dam.emulator.data.assets.at(-1)!.guid;
    const element = await picker();
    element.selectedIds = [preselected];
    await element.updateComplete;
    const event = oneEvent(element, 'dam-select');
    part(element, 'confirm-button')!.click();
    const { detail } = await event;
    expect(detail.assets.map((asset: DamAsset) => asset.id)).to.deep.equal([preselected]);
  });

  it('keeps the selection when a search fails, offers a retry and reports dam-error', async () => {
    const element = await picker(html``, { selection: 'multiple' });
    tiles(element)[0]!.click();
    await element.updateComplete;
    // More failures than the client's retries: the folder tree's late listings (same endpoint) may take some.
    dam.emulator.faults.inject({ endpoint: 'simpleSearch', status: 502, times: 20 });
    const errorEvent = oneEvent(element, 'dam-error');
    await typeInSearch(element, 'logo');
    const { detail } = await errorEvent;
    expect(detail.code).to.equal('service-unavailable');
    expect(detail.status).to.equal(502);
    await waitUntil(() => part(element, 'error'), 'error banner');
    expect(part(element, 'error')!.textContent).to.contain('The DAM is not available right now. Try again in a few minutes.');
    expect(detail.message).to.equal('Service not available', "dam-error keeps the DAM's English message");
    expect(part(element, 'footer')!.textContent).to.contain('1 selected');
    await expect(element).to.be.accessible();

    // The DAM is back: Retry.
    dam.emulator.faults.clear();
    part(element, 'error')!.querySelector('button')!.click();
    await waitUntil(() => !part(element, 'error') && /\d results/.test(part(element, 'count')!.textContent ?? ''), 'recovered');
    expect(part(element, 'footer')!.textContent).to.contain('1 selected');
  });

  it('applies asset-types and file-types restrictions to every search', async () => {
    const element = await picker(html``, { assetTypes: 'Image', fileTypes: 'PNG,jpg' });
    for (const asset of element.grid!.assets) {
      expect(asset.type).to.equal('image');
      expect(['png', 'jpg']).to.include(asset.fileType);
    }
    const request = dam.emulator.requests.entries.find((entry) => entry.endpoint === 'simpleSearch');
    expect(request?.query['assetType']).to.equal('Image');
    expect(request?.query['fileType']).to.equal('jpg,png');
  });

  it('renders hostile DAM text as text and never uses a javascript: URL', async () => {
    const element = await picker();
    const hostile = dam.emulator.data.hostileAssetGuids;
    element.selectedIds = [];
    await typeInSearch(element, hostile[0]!);
    await waitUntil(() => element.grid!.assets.some((asset) => asset.id === hostile[0]), 'hostile asset found');
    await aTimeout(100);
    expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
    const grid = element.grid!.shadowRoot!;
    expect(grid.querySelectorAll('img[src^="javascript:"], script').length).to.equal(0);
  });
});
