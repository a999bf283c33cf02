// Rights, dates and sorting through <dam-picker>, on both emulated DAMs behind msw: `dam-select` carries
// the new DamAsset fields, status badges are words, `restricted-assets` warns (a confirmation), blocks
// (announced) or hides, and the sort control changes the order and the request, each order cached.
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../support/benign-errors.js';
import '../../src/define.js';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';
import type { DamAsset } from '../../src/api/types.js';
import { API_ORIGIN, BYNDER_PORTAL, SITE, startMockBynder, startMockDam, type MockBynder, type MockDam } from '../support/mock-dam.js';
import { part, requests, resultsShown, settled, tiles } from '../support/picker-helpers.js';
import { engine } from '../support/engine.js';
import { inPanel, openByKey } from '../support/details-helpers.js';

type Mode = 'warn' | 'block' | 'hide';

function tileOf(element: DamPicker, title: string): HTMLElement | undefined {
  return tiles(element).find((tile) => tile.querySelector('[part~="title"]')?.textContent?.trim() === title);
}

function sortSelect(element: DamPicker): HTMLSelectElement {
  return part(element, 'sort')!.querySelector('select')!;
}

function chooseSort(element: DamPicker, value: string): void {
  const select = sortSelect(element);
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

/** The dialog of `restricted-assets="warn"`, when open. */
function confirmDialog(element: DamPicker): HTMLDialogElement | null {
  return element.shadowRoot!.querySelector<HTMLDialogElement>('dialog[part~="restricted-confirm"]');
}

describe('<dam-picker> rights and sorting — Brandworkz', function () {
  // axe over a whole picker takes seconds on a busy machine.
  this.timeout(30_000);
  let dam: MockDam;
  beforeEach(async () => {
    dam = await startMockDam({ assetCount: 300 });
  });
  afterEach(() => dam.stop());

  const fixtures = () => dam.emulator.data.rightsAssets!;
  const titleOf = (guid: string) => dam.emulator.data.assetByGuid(guid)!.title;

  async function picker(options: { mode?: Mode; selection?: 'single' | 'multiple'; rootFolder?: string; sort?: string } = {}): Promise<DamPicker> {
    const element = await fixture<DamPicker>(html`<dam-picker
      provider="brandworkz"
      site=${SITE}
      discovery-url=${API_ORIGIN}
      selection=${options.selection ?? 'single'}
      root-folder=${options.rootFolder ?? dam.emulator.data.rightsFolderGuid}
      restricted-assets=${options.mode ?? 'warn'}
      sort=${options.sort ?? ''}
      .tokenProvider=${async () => dam.token}
      style="width: 960px; --dam-picker-height: 640px"
    ></dam-picker>`);
    await resultsShown(element);
    return element;
  }

  it('carries dates, tags, rights, status and preview in dam-select', async () => {
    const element = await picker();
    const guid = fixtures().expiresLater;
    const record = dam.emulator.data.assetByGuid(guid)!;
    tileOf(element, record.title)!.click();
    await waitUntil(() => element.grid!.selectedIds.size === 1, 'picked');
    const selected = oneEvent(element, 'dam-select');
    part(element, 'confirm-button')!.click();
    const [asset] = (await selected).detail.assets as DamAsset[];
    expect(asset!.id).to.equal(guid);
    expect(asset!.status).to.equal('active');
    expect(asset!.expiresAt).to.equal('2099-12-31');
    expect(asset!.validFrom).to.equal(undefined);
    expect(asset!.createdAt).to.equal(record.dateCreated);
    expect(asset!.modifiedAt).to.equal(record.dateModified);
    expect(asset!.tags).to.include.members(['rightsfixture', 'rights']);
    expect(asset!.copyright).to.equal(record.copyright);
    expect(asset!.usageRights).to.equal('Unrestricted');
    // An image's preview is its full-size file (`embed_link`), which is also what the host publishes.
    expect(asset!.previewUrl).to.equal(record.embed_link);
    expect(asset!.url).to.equal(record.embed_link);
  });

  it('badges restricted tiles with words, in the tile and in its name', async () => {
    const element = await picker();
    const expected: Array<[string, string]> = [
      [fixtures().expired, 'Expired'],
      [fixtures().notYetValid, 'Not yet valid'],
      [fixtures().viewOnly, 'View only'],
      [fixtures().expiredViewOnly, 'Expired'],
    ];
    for (const [guid, label] of expected) {
      const tile = tileOf(element, titleOf(guid))!;
      expect(tile.querySelector('[part~="status-badge"]')!.textContent.trim()).to.equal(label);
      expect(tile.getAttribute('aria-label')).to.match(new RegExp(`, ${label}$`));
    }
    const active = tileOf(element, titleOf(fixtures().active))!;
    expect(active.querySelector('[part~="status-badge"]')).to.equal(null);
    expect(active.hasAttribute('data-status')).to.equal(false);
    await expect(element).to.be.accessible();
  });

  it('warn: Insert asks first, Cancel keeps the selection, Insert anyway sends them', async () => {
    const element = await picker({ selection: 'multiple' });
    tileOf(element, titleOf(fixtures().expired))!.click();
    tileOf(element, titleOf(fixtures().active))!.click();
    await waitUntil(() => element.grid!.selectedIds.size === 2, 'two picked');
    let sent = 0;
    element.addEventListener('dam-select', () => sent++);
    part(element, 'confirm-button')!.click();
    await waitUntil(() => confirmDialog(element)?.open, 'confirmation shown', { timeout: 5000 });
    const dialog = confirmDialog(element)!;
    const listed = [...dialog.querySelectorAll('[part~="restricted-list"] li')].map((item) => item.textContent ?? '');
    expect(listed).to.have.length(1);
    expect(listed[0]).to.contain(titleOf(fixtures().expired)).and.to.contain('Expired on');
    await expect(element).to.be.accessible();
    (dialog.querySelector('[part~="restricted-cancel"]') as HTMLElement).click();
    await waitUntil(() => !confirmDialog(element), 'confirmation closed');
    expect(sent).to.equal(0);
    expect(element.grid!.selectedIds.size).to.equal(2);
    await waitUntil(() => element.shadowRoot!.activeElement === part(element, 'confirm-button'), 'focus back on Insert');

    part(element, 'confirm-button')!.click();
    await waitUntil(() => confirmDialog(element)?.open, 'confirmation shown again', { timeout: 5000 });
    const selected = oneEvent(element, 'dam-select');
    (confirmDialog(element)!.querySelector('[part~="restricted-insert"]') as HTMLElement).click();
    const assets = (await selected).detail.assets as DamAsset[];
    expect(assets.map((asset) => asset.id)).to.have.members([fixtures().expired, fixtures().active]);
    expect(assets.find((asset) => asset.id === fixtures().expired)!.status).to.equal('expired');
  });

  it('warn: a picker taken out of the page while the question loads sends nothing, and asks again when back', async () => {
    const element = await picker({ selection: 'multiple' });
    tileOf(element, titleOf(fixtures().expired))!.click();
    await waitUntil(() => element.grid!.selectedIds.size === 1, 'picked');
    let sent = 0;
    element.addEventListener('dam-select', () => sent++);
    const parent = element.parentElement!;
    // The question's code comes as a chunk: the picker leaves the page before it has arrived.
    const confirmed = element.confirm();
    element.remove();
    await confirmed;
    await element.updateComplete;
    expect(sent).to.equal(0);
    expect(confirmDialog(element)).to.equal(null);

    parent.append(element);
    await resultsShown(element);
    part(element, 'confirm-button')!.click();
    await waitUntil(() => confirmDialog(element)?.open, 'confirmation shown', { timeout: 5000 });
    (confirmDialog(element)!.querySelector('[part~="restricted-cancel"]') as HTMLElement).click();
    await waitUntil(() => !confirmDialog(element), 'confirmation closed');
    expect(sent).to.equal(0);
  });

  it('block: a restricted tile cannot be picked, and the reason is announced', async () => {
    const element = await picker({ mode: 'block' });
    const tile = tileOf(element, titleOf(fixtures().viewOnly))!;
    expect(tile.getAttribute('aria-disabled')).to.equal('true');
    tile.click();
    const notice = () => element.shadowRoot!.querySelector('.footer [role="status"]')?.textContent ?? '';
    await waitUntil(() => notice().includes('cannot be picked'), 'reason announced');
    expect(notice()).to.contain(titleOf(fixtures().viewOnly)).and.to.contain('View only');
    expect(element.grid!.selectedIds.size).to.equal(0);
    // Enter (single mode: pick and insert) does not insert it either.
    let sent = 0;
    element.addEventListener('dam-select', () => sent++);
    tile.focus();
    tile.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await element.updateComplete;
    expect(sent).to.equal(0);
    expect(element.grid!.selectedIds.size).to.equal(0);
    const active = tileOf(element, titleOf(fixtures().active))!;
    expect(active.hasAttribute('aria-disabled')).to.equal(false);
    active.click();
    await waitUntil(() => element.grid!.selectedIds.size === 1, 'an active asset is picked');
  });

  it('block: the details panel cannot select or insert a restricted asset', async () => {
    for (const selection of ['single', 'multiple'] as const) {
      const element = await picker({ mode: 'block', selection });
      const title = titleOf(fixtures().expired);
      const index = element.grid!.assets.findIndex((asset) => asset.id === fixtures().expired);
      await openByKey(element, index);
      let sent = 0;
      element.addEventListener('dam-select', () => sent++);
      const reason = inPanel(element, 'details-blocked-reason');
      expect(reason, `${selection}: the reason shown in the panel`).to.exist;
      expect(reason!.textContent).to.contain(title).and.to.contain('Expired on');
      const select = inPanel(element, 'details-select')!;
      expect(select.getAttribute('aria-disabled')).to.equal('true');
      expect(select.getAttribute('aria-describedby')).to.equal(reason!.id);
      const notice = () => element.shadowRoot!.querySelector('.footer [role="status"]')?.textContent ?? '';
      select.click();
      await waitUntil(() => notice().includes('cannot be picked'), `${selection}: Select's refusal announced`);
      expect(notice()).to.contain(title);
      await element.updateComplete;
      expect(element.grid!.selectedIds.size).to.equal(0);
      expect(select.getAttribute('aria-pressed')).to.equal('false');
      expect(part(element, 'confirm-button')!.hasAttribute('disabled')).to.equal(true);
      const insert = inPanel(element, 'details-insert');
      if (selection === 'single') {
        expect(insert!.getAttribute('aria-disabled')).to.equal('true');
        expect(insert!.getAttribute('aria-describedby')).to.equal(reason!.id);
        // The live region says it again on the next refusal (it is cleared first).
        await waitUntil(() => notice() === '' || notice().includes('cannot be picked'));
        insert!.click();
        await waitUntil(() => notice().includes('cannot be picked'), 'Insert’s refusal announced');
        await aTimeout(100);
        expect(element.grid!.selectedIds.size).to.equal(0);
      } else {
        expect(insert, 'multiple mode offers no Insert in the panel').to.equal(null);
      }
      expect(sent).to.equal(0);
      await expect(element).to.be.accessible();
      // An active asset can still be selected from the panel.
      await openByKey(
        element,
        element.grid!.assets.findIndex((asset) => asset.id === fixtures().active),
      );
      expect(inPanel(element, 'details-blocked-reason')).to.equal(null);
      expect(inPanel(element, 'details-select')!.hasAttribute('aria-disabled')).to.equal(false);
      inPanel(element, 'details-select')!.click();
      await waitUntil(() => element.grid!.selectedIds.has(fixtures().active), `${selection}: an active asset selected`);
      element.remove();
    }
  });

  it('block: Insert says so when the selection holds an asset it must leave out', async () => {
    // A preselected id that turns out to be restricted: confirm() leaves it out, and says so.
    const element = await fixture<DamPicker>(html`<dam-picker
      provider="brandworkz"
      site=${SITE}
      discovery-url=${API_ORIGIN}
      root-folder=${dam.emulator.data.rightsFolderGuid}
      restricted-assets="block"
      .selectedIds=${[fixtures().expired]}
      .tokenProvider=${async () => dam.token}
      style="width: 960px; --dam-picker-height: 640px"
    ></dam-picker>`);
    await resultsShown(element);
    let sent = 0;
    element.addEventListener('dam-select', () => sent++);
    await element.confirm();
    const notice = () => element.shadowRoot!.querySelector('.footer [role="status"]')?.textContent ?? '';
    await waitUntil(() => notice().includes('cannot be inserted'), 'the left-out asset announced');
    expect(notice()).to.contain('1 of the selected assets');
    expect(sent).to.equal(0);
  });

  it('hide: restricted assets are filtered by /search, and the count stays exact', async () => {
    dam.emulator.requests.clear();
    const element = await picker({ mode: 'hide' });
    await waitUntil(() => element.grid!.assets.length === 2, 'only the active fixtures');
    expect(element.grid!.assets.map((asset) => asset.id)).to.have.members([fixtures().active, fixtures().expiresLater]);
    expect(requests(dam, 'search').length).to.be.greaterThan(0);
    expect(part(element, 'count')!.textContent).to.equal('2 results');
  });

  it('sorts through /search, one request per order and none on going back', async () => {
    // The /search bodies, to see the order asked for.
    const bodies: Array<Record<string, unknown>> = [];
    const handle = dam.emulator.handle.bind(dam.emulator);
    dam.emulator.handle = async (request) => {
      if (new URL(request.url).pathname.endsWith('/search')) bodies.push((await request.clone().json()) as Record<string, unknown>);
      return handle(request);
    };
    const element = await picker({ rootFolder: '' });
    await settled(element);
    const select = sortSelect(element);
    expect(select.labels?.[0]?.textContent).to.contain('Sort by');
    // Without a keyword relevance means nothing: its place is the DAM's own order.
    expect([...select.options].map((option) => option.value)).to.deep.equal(['relevance', 'newest', 'oldest', 'title', 'title-desc']);
    expect(select.options[0]!.textContent).to.equal('Default order');
    const sorted = () => bodies.filter((body) => body['sort'] !== undefined);
    const listed = dam.emulator.data.assets.filter((asset) => ['Image', 'Video', 'Audio', 'Document'].includes(asset.assetType));
    const newest = [...listed].sort((a, b) => (a.dateCreated < b.dateCreated ? 1 : -1))[0]!;

    chooseSort(element, 'newest');
    await waitUntil(() => element.grid!.assets[0]?.id === newest.guid, 'newest first', { timeout: 8000 });
    expect(sorted().map((body) => body['sort'])).to.deep.equal([[{ dateCreated: 'desc' }, { serialNumber: 'desc' }]]);
    const dates = element.grid!.assets.map((asset) => asset.createdAt!);
    expect(dates).to.deep.equal([...dates].sort().reverse());

    chooseSort(element, 'title');
    await waitUntil(() => sorted().length === 2 && element.grid!.assets[0]?.id !== newest.guid, 'title order shown', { timeout: 8000 });
    expect(sorted()[1]!['sort']).to.deep.equal([{ 'title.keyword': 'asc' }, { serialNumber: 'asc' }]);
    const titles = element.grid!.assets.map((asset) => asset.title);
    expect(titles).to.deep.equal([...titles].sort());

    chooseSort(element, 'newest');
    await waitUntil(() => element.grid!.assets[0]?.id === newest.guid, 'newest again, from the cache');
    await aTimeout(300);
    expect(sorted()).to.have.length(2);
  });

  it('takes the sort attribute as the starting order', async () => {
    const element = await picker({ rootFolder: '', sort: 'oldest' });
    expect(sortSelect(element).value).to.equal('oldest');
    const dates = element.grid!.assets.map((asset) => asset.createdAt!);
    expect(dates).to.deep.equal([...dates].sort());
  });
});

describe('<dam-picker> rights and sorting — Bynder', function () {
  this.timeout(30_000);
  let dam: MockBynder;
  beforeEach(async () => {
    dam = await startMockBynder({ mediaCount: 200 });
  });
  afterEach(() => dam.stop());

  async function picker(options: { mode?: Mode; selectedIds?: string[] } = {}): Promise<DamPicker> {
    const element = await fixture<DamPicker>(html`<dam-picker
      provider="bynder"
      site=${BYNDER_PORTAL}
      selection="multiple"
      restricted-assets=${options.mode ?? 'warn'}
      .selectedIds=${options.selectedIds ?? []}
      .tokenProvider=${async () => dam.token}
      style="width: 900px; --dam-picker-height: 600px"
    ></dam-picker>`);
    await resultsShown(element);
    return element;
  }

  const mediaQueries = () => dam.emulator.requests.entries.filter((entry) => entry.endpoint === 'media').map((entry) => entry.query);

  it('carries mime type, dates, tags, focal point, rights and a playable video preview in dam-select', async () => {
    const media = dam.emulator.data.media;
    const image = media.find((item) => item.type === 'image' && item.activeOriginalFocusPoint)!;
    const video = media.find((item) => item.type === 'video' && item.extension[0] === 'mp4')!;
    const element = await picker({ selectedIds: [image.id, video.id] });
    const selected = oneEvent(element, 'dam-select');
    await element.confirm();
    const assets = (await selected).detail.assets as DamAsset[];
    const chosenImage = assets.find((asset) => asset.id === image.id)!;
    const chosenVideo = assets.find((asset) => asset.id === video.id)!;
    expect(chosenImage.createdAt).to.equal(new Date(image.dateCreated).toISOString());
    expect(chosenImage.modifiedAt).to.equal(new Date(image.dateModified).toISOString());
    expect(chosenImage.tags).to.deep.equal(image.tags);
    expect(chosenImage.copyright).to.equal(image['copyright']);
    expect(chosenImage.status).to.equal('active');
    const focus = image.activeOriginalFocusPoint as { x: number; y: number };
    expect(chosenImage.focalPoint!.x).to.be.closeTo(focus.x / (image['width'] as number), 0.001);
    expect(chosenImage.focalPoint!.y).to.be.closeTo(focus.y / (image['height'] as number), 0.001);
    expect(chosenImage.previewUrl).to.match(/\/transform\/.+\?io=transform:fit,width:1200,height:1200$/);
    expect(chosenVideo.mimeType).to.equal('video/mp4');
    expect(chosenVideo.mediaPreviewUrl).to.match(/\.webm$/);
    const preview = await fetch(chosenVideo.mediaPreviewUrl!);
    expect(preview.headers.get('content-type')).to.equal('video/webm');
    const bytes = new Uint8Array(await preview.arrayBuffer());
    expect([...bytes.slice(0, 4)]).to.deep.equal([0x1a, 0x45, 0xdf, 0xa3]);
    // The browser can decode it: a <video> gets to its metadata. Not in Firefox, which gets no data for a media
    // element's requests answered by msw's service worker (the same WebM from the emulator's Node server plays there).
    if (engine !== 'firefox') {
      const player = document.createElement('video');
      player.muted = true;
      player.src = chosenVideo.mediaPreviewUrl!;
      document.body.append(player);
      await waitUntil(() => player.readyState >= 1 && player.videoWidth === 160, 'video metadata loaded', { timeout: 5000 });
      player.remove();
    }
  });

  it('maps limited, archive, a past limitedDate and a future datePublished to statuses', async () => {
    const media = dam.emulator.data.media;
    const limited = media.find((item) => item['limited'] === true || item['limited'] === 1)!;
    const archived = media.find((item) => item['archive'] === true || item['archive'] === 1)!;
    const expired = media.find((item) => item['limitedDate'] === '2019-12-31T00:00:00Z')!;
    const embargoed = media.find((item) => item['datePublished'] === '2099-01-01T00:00:00Z')!;
    const element = await picker({ selectedIds: [limited.id, archived.id, expired.id, embargoed.id] });
    element.confirm().catch(() => undefined);
    await waitUntil(() => confirmDialog(element)?.open, 'confirmation shown', { timeout: 5000 });
    const selected = oneEvent(element, 'dam-select');
    (confirmDialog(element)!.querySelector('[part~="restricted-insert"]') as HTMLElement).click();
    const assets = (await selected).detail.assets as DamAsset[];
    const status = (id: string) => assets.find((asset) => asset.id === id)!.status;
    expect(status(limited.id)).to.equal('view-only');
    expect(status(archived.id)).to.equal('archived');
    expect(status(expired.id)).to.equal('expired');
    expect(status(embargoed.id)).to.equal('not-yet-valid');
    expect(assets.find((asset) => asset.id === embargoed.id)!.validFrom).to.equal('2099-01-01T00:00:00.000Z');
  });

  it('sorts through orderBy, one request per order and none on going back', async () => {
    const element = await picker();
    const count = () => mediaQueries().length;
    const before = count();
    chooseSort(element, 'oldest');
    await waitUntil(() => count() === before + 1, 'oldest asked for');
    expect(mediaQueries().at(-1)!['orderBy']).to.equal('dateCreated asc');
    await waitUntil(() => element.grid!.assets.length > 0 && !element.grid!.loading, 'oldest shown');
    const dates = element.grid!.assets.map((asset) => asset.createdAt!);
    expect(dates).to.deep.equal([...dates].sort());
    chooseSort(element, 'title-desc');
    await waitUntil(() => count() === before + 2, 'Z–A asked for');
    expect(mediaQueries().at(-1)!['orderBy']).to.equal('name desc');
    chooseSort(element, 'oldest');
    await waitUntil(() => element.grid!.assets[0]?.createdAt === dates[0], 'oldest again');
    await aTimeout(300);
    expect(count()).to.equal(before + 2);
  });

  it('hide: leaves restricted media out of each page and says the count is approximate', async () => {
    const element = await picker({ mode: 'hide' });
    await waitUntil(() => /^About \d+ results$/.test(part(element, 'count')!.textContent ?? ''), 'approximate count');
    // The oldest page holds the rights fixtures (created in 2020): none of them is shown.
    chooseSort(element, 'oldest');
    await waitUntil(
      () => mediaQueries().at(-1)?.['orderBy'] === 'dateCreated asc' && !element.grid!.loading && element.grid!.assets.length > 0,
      'oldest shown',
    );
    const fixtures = dam.emulator.data.media.filter((item) => item.dateCreated.startsWith('2020-01-01'));
    expect(fixtures).to.have.length(4);
    const shown = new Set(element.grid!.assets.map((asset) => asset.id));
    expect(fixtures.filter((item) => shown.has(item.id))).to.deep.equal([]);
    expect(element.grid!.assets.some((asset) => asset.status !== 'active')).to.equal(false);
    expect(tiles(element).some((tile) => tile.querySelector('[part~="status-badge"]'))).to.equal(false);
  });
});
