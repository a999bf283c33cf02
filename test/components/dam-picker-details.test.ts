// The details panel through <dam-picker>, on the emulated DAMs' own seeded data behind msw: opened by the
// tile's button and by the `i` key, the previews (an image's thumbnail then its large file, Bynder's and
// Brandworkz's video and audio, a document's format), the folder or collection, previous/next across a page
// boundary, Escape back to the tile with the selection and scroll kept, select and Insert from the panel, the
// rights fixtures' badges, and accessibility.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../support/benign-errors.js';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { http } from 'msw';
import '../../src/define.js';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';
import type { DamAsset } from '../../src/api/types.js';
import { API_ORIGIN, BYNDER_PORTAL, SITE, startMockBynder, startMockDam, useHandlers, type MockDam } from '../support/mock-dam.js';
import { mountBynderPicker, mountPicker, part, requests, resultsShown, settled, tiles, treeItem, virtualized } from '../support/picker-helpers.js';
import { deepActiveElement } from '../a11y/a11y-helpers.js';
import { engine } from '../support/engine.js';
import { detailsPanel, headingText, inPanel, openByKey, tileInView } from '../support/details-helpers.js';

describe('<dam-picker> details', function () {
  // Whole pickers, several pages and axe: slower than mocha's default on a busy machine.
  this.timeout(30_000);
  let dam: MockDam;

  beforeEach(async () => {
    dam = await startMockDam();
  });
  afterEach(() => dam.stop());

  /** A date as the panel shows it in English (`dateStyle: 'medium'`; a bare day is a UTC day). */
  const shownDate = (value: string) =>
    new Intl.DateTimeFormat('en', { dateStyle: 'medium', ...(/^\d{4}-\d{2}-\d{2}$/.test(value) ? { timeZone: 'UTC' } : {}) }).format(new Date(value));

  it('opens from the tile’s Details button, named after the asset, beside the grid', async () => {
    const picker = await mountPicker(dam);
    const tile = tiles(picker)[2]!;
    const box = tile.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + 30)] });
    const button = () => picker.grid!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="tile-details-button"]');
    await waitUntil(() => button() && !button()!.hidden, 'details button on the hovered tile');
    const asset = picker.grid!.assets[2]!;
    expect(button()!.getAttribute('aria-label')).to.equal(`Details: ${asset.title}`);
    const buttonBox = button()!.getBoundingClientRect();
    expect(buttonBox.left >= box.left && buttonBox.right <= box.right && buttonBox.top >= box.top).to.equal(true, 'the button sits on its tile');
    await sendMouse({ type: 'click', position: [Math.round(buttonBox.left + 8), Math.round(buttonBox.top + 8)] });
    await sendMouse({ type: 'move', position: [0, 0] });
    await waitUntil(() => headingText(picker) === asset.title, 'the heading names the asset', { timeout: 5000 });
    const panel = detailsPanel(picker)!;
    expect(panel.overlay).to.equal(false);
    expect(panel.getBoundingClientRect().left).to.be.greaterThan(picker.grid!.getBoundingClientRect().right - 1);
    // What the emulator seeded for this asset, as /search returned it.
    const record = dam.emulator.data.assetByGuid(asset.id)!;
    expect(record.copyright, 'the seeded asset has a copyright').to.be.a('string').and.not.equal('');
    const metadata = inPanel(picker, 'details-metadata')!.textContent;
    expect(metadata).to.contain(shownDate(record.dateCreated));
    expect(metadata).to.contain(shownDate(record.dateModified));
    expect(asset.tags!.length).to.be.greaterThan(0);
    for (const tag of asset.tags!) expect(metadata).to.contain(tag);
    expect(metadata).to.contain(record.copyright!.trim());
    expect(metadata).to.contain(record.usageRights);
    expect(deepActiveElement()).to.equal(inPanel(picker, 'details-heading'));
    await expect(picker).to.be.accessible();
  });

  it('opens with the i key; Escape closes it and focus, selection and scroll position are kept', async () => {
    const picker = await mountPicker(dam, { selection: 'multiple' });
    tiles(picker)[0]!.click();
    await picker.updateComplete;
    await virtualized(picker);
    const listbox = picker.grid!.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
    listbox.scrollTop = 600;
    await waitUntil(() => tiles(picker).some((tile) => Number(tile.dataset['index']) >= 12), 'scrolled');
    const top = listbox.getBoundingClientRect().top;
    const index = Math.min(
      ...tiles(picker)
        .filter((tile) => tile.getBoundingClientRect().top >= top)
        .map((tile) => Number(tile.dataset['index'])),
    );
    const before = listbox.scrollTop;
    await openByKey(picker, index);
    expect(headingText(picker)).to.equal(picker.grid!.assets[index]!.title);
    // The grid narrows beside the panel: the inspected tile stays in view.
    await waitUntil(() => tileInView(picker, index), 'the inspected tile in view while the grid is narrower');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !detailsPanel(picker)?.asset, 'closed');
    await waitUntil(() => deepActiveElement()?.getAttribute('data-index') === String(index), 'focus back on the tile');
    await waitUntil(() => tileInView(picker, index), 'the tile in view');
    const rowHeight = picker.grid!.tileAt(index)!.getBoundingClientRect().height;
    expect(Math.abs(listbox.scrollTop - before)).to.be.lessThan(rowHeight, 'about where the editor was');
    expect(picker.grid!.selectedIds.has(picker.grid!.assets[0]!.id)).to.equal(true);
  });

  it('plays a video’s preview in a video element (Bynder’s videoPreviewURLs)', async () => {
    const bynder = await startMockBynder({ mediaCount: 200 });
    try {
      const picker = await fixture<DamPicker>(html`<dam-picker
        provider="bynder"
        site=${BYNDER_PORTAL}
        asset-types="video"
        .tokenProvider=${async () => bynder.token}
        style="width: 960px; --dam-picker-height: 640px"
      ></dam-picker>`);
      await resultsShown(picker);
      await openByKey(picker, 0);
      const asset = picker.grid!.assets[0]!;
      expect(asset.type).to.equal('video');
      const media = bynder.emulator.data.media.find((item) => item.id === asset.id)!;
      expect(asset.mediaPreviewUrl).to.equal((media['videoPreviewURLs'] as string[])[0]);
      const video = detailsPanel(picker)!.shadowRoot!.querySelector('video')!;
      expect(video.controls).to.equal(true);
      expect(video.getAttribute('src')).to.equal(asset.mediaPreviewUrl);
      expect(video.getAttribute('aria-label')).to.equal(`Preview of ${asset.title}`);
      if (engine === 'firefox') {
        // Firefox gets no data for a media element's requests answered by msw's service worker (the same WebM from
        // the emulator's Node server plays there): check that the URL serves a WebM (EBML magic number) instead.
        const bytes = new Uint8Array(await (await fetch(video.src)).arrayBuffer());
        expect([...bytes.slice(0, 4)]).to.deep.equal([0x1a, 0x45, 0xdf, 0xa3]);
      } else {
        // The emulator serves a real WebM: the browser decodes a frame and plays it.
        video.muted = true;
        video.preload = 'auto';
        if (video.readyState < 2) await new Promise((resolve) => video.addEventListener('loadeddata', resolve, { once: true }));
        expect(video.readyState).to.be.at.least(2);
        expect(video.videoWidth).to.be.greaterThan(0);
        expect(video.error).to.equal(null);
        await video.play();
        await waitUntil(() => video.currentTime > 0, 'the preview plays', { timeout: 5000 });
        video.pause();
      }
      await expect(detailsPanel(picker)).to.be.accessible();
    } finally {
      bynder.stop();
    }
  });

  it('steps with the arrow keys and buttons, loading the next page past the last loaded asset', async () => {
    const picker = await fixture<DamPicker>(html`<dam-picker
      provider="brandworkz"
      site=${SITE}
      discovery-url=${API_ORIGIN}
      page-size="20"
      .tokenProvider=${async () => dam.token}
      style="width: 960px; --dam-picker-height: 640px"
    ></dam-picker>`);
    await settled(picker);
    await waitUntil(() => !picker.grid!.loadingMore, 'pages settled');
    const loaded = picker.grid!.assets.length;
    await openByKey(picker, loaded - 2);
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => headingText(picker) === picker.grid!.assets[loaded - 1]!.title, 'next asset', { timeout: 5000 });
    inPanel(picker, 'details-next')!.click();
    await waitUntil(() => picker.grid!.assets.length > loaded, 'the next page loaded', { timeout: 5000 });
    await waitUntil(() => headingText(picker) === picker.grid!.assets[loaded]!.title, 'stepped across the page boundary', { timeout: 5000 });
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => headingText(picker) === picker.grid!.assets[loaded - 1]!.title, 'previous asset', { timeout: 5000 });
    inPanel(picker, 'details-previous')!.click();
    await waitUntil(() => headingText(picker) === picker.grid!.assets[loaded - 2]!.title, 'previous by button', { timeout: 5000 });
  });

  it('selects from the panel and inserts in single mode', async () => {
    const picker = await mountPicker(dam);
    await openByKey(picker, 3);
    const asset = picker.grid!.assets[3]!;
    const select = inPanel(picker, 'details-select')!;
    expect(select.getAttribute('aria-pressed')).to.equal('false');
    select.click();
    await picker.updateComplete;
    await waitUntil(() => inPanel(picker, 'details-select')!.getAttribute('aria-pressed') === 'true', 'selected');
    expect(picker.grid!.selectedIds.has(asset.id)).to.equal(true);
    // A toggle button keeps its name; its pressed state says that the asset is selected.
    expect(inPanel(picker, 'details-select')!.textContent.trim()).to.equal('Select');
    const chosen = oneEvent(picker, 'dam-select');
    inPanel(picker, 'details-insert')!.click();
    const { detail } = await chosen;
    expect(detail.assets.map((picked: DamAsset) => picked.id)).to.deep.equal([asset.id]);
    expect(detail.assets[0]).not.to.have.property('alt');
  });

  it('shows an image’s thumbnail first, then the large image (its previewUrl)', async () => {
    const picker = await mountPicker(dam, { assetTypes: 'image' });
    const asset = picker.grid!.assets[1]!;
    const record = dam.emulator.data.assetByGuid(asset.id)!;
    expect(asset.previewUrl).to.equal(record.embed_link);
    // The large file is held back until the thumbnail has been seen in its place.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    useHandlers(http.get(record.embed_link, async () => void (await held)));
    await openByKey(picker, 1);
    const shadow = detailsPanel(picker)!.shadowRoot!;
    const thumbnail = shadow.querySelector<HTMLImageElement>('[part~="details-preview"] img.thumbnail');
    expect(thumbnail?.getAttribute('src')).to.equal(record.thumbnailUrlCdn);
    const large = shadow.querySelector<HTMLImageElement>('[part~="details-preview"] img.large')!;
    expect(large.getAttribute('src')).to.equal(asset.previewUrl);
    expect(large.classList.contains('loaded')).to.equal(false);
    release();
    await waitUntil(() => large.classList.contains('loaded'), 'the large image loaded', { timeout: 5000 });
    await waitUntil(() => !shadow.querySelector('img.thumbnail'), 'the thumbnail gone under it');
    expect(large.naturalWidth).to.be.greaterThan(0);
  });

  for (const kind of ['video', 'audio'] as const) {
    it(`plays a Brandworkz ${kind}’s embed_link in an <${kind}> element`, async () => {
      const picker = await mountPicker(dam, { assetTypes: kind });
      const asset = picker.grid!.assets[0]!;
      expect(asset.type).to.equal(kind);
      await openByKey(picker, 0);
      const record = dam.emulator.data.assetByGuid(asset.id)!;
      const media = detailsPanel(picker)!.shadowRoot!.querySelector<HTMLMediaElement>(`[part~="details-preview"] ${kind}`)!;
      expect(media, `an <${kind}> element`).to.exist;
      expect(media.controls).to.equal(true);
      expect(media.getAttribute('src')).to.equal(record.embed_link);
      expect(media.getAttribute('aria-label')).to.equal(`Preview of ${asset.title}`);
    });
  }

  it('shows a document’s format', async () => {
    const picker = await mountPicker(dam, { assetTypes: 'document' });
    const asset = picker.grid!.assets[0]!;
    await openByKey(picker, 0);
    const record = dam.emulator.data.assetByGuid(asset.id)!;
    const type = [...inPanel(picker, 'details-metadata')!.querySelectorAll('.row')].find((row) => row.querySelector('dt')?.textContent === 'Type');
    expect(type?.querySelector('dd')?.textContent?.trim()).to.equal(`Document, ${record.fileType.toUpperCase()}`);
  });

  it('names the asset’s folder, looked up once per folder when it is not on the breadcrumb', async () => {
    // Within "Shared library" every asset is in a sub-folder: none is on the breadcrumb.
    const shared = dam.emulator.data.folders.find((candidate) => candidate.title === 'Shared library')!;
    const picker = await mountPicker(dam, { rootFolder: shared.guid });
    const folderRow = () =>
      [...(inPanel(picker, 'details-metadata')?.querySelectorAll('.row') ?? [])].find((row) => row.querySelector('dt')?.textContent === 'Folder');
    const assets = picker.grid!.assets;
    const first = assets[0]!;
    const sameFolder = assets.findIndex((asset, index) => index > 0 && asset.folderId === first.folderId);
    const folder = dam.emulator.data.folders.find((candidate) => candidate.guid === first.folderId)!;
    dam.emulator.requests.clear();
    await openByKey(picker, 0);
    await waitUntil(() => folderRow(), 'the Folder row', { timeout: 5000 });
    expect(folderRow()!.querySelector('dd')!.textContent.trim()).to.equal(folder.title);
    const lookups = () => requests(dam, 'getCategoryInfo').filter((entry) => entry.query['categoryGUID']?.toLowerCase() === folder.guid.toLowerCase());
    expect(lookups()).to.have.length(1);
    expect(sameFolder, 'another asset of the first page in the same folder').to.be.greaterThan(0);
    await openByKey(picker, sameFolder);
    expect(folderRow()!.querySelector('dd')!.textContent.trim()).to.equal(folder.title);
    expect(lookups()).to.have.length(1, 'the same folder is not asked for again');
  });

  it('names the collection being browsed in Bynder (its media items list no collections)', async () => {
    const bynder = await startMockBynder({ mediaCount: 200 });
    try {
      const picker = await mountBynderPicker(bynder);
      await settled(picker);
      await openByKey(picker, 0);
      const rowLabels = () => [...(inPanel(picker, 'details-metadata')?.querySelectorAll('dt') ?? [])].map((term) => term.textContent);
      expect(rowLabels()).not.to.include('Collection');
      expect(rowLabels()).not.to.include('Folder');
      await sendKeys({ press: 'Escape' });
      const collection = bynder.emulator.data.collections.find((candidate) => candidate.mediaIds.length > 0)!;
      await waitUntil(() => treeItem(picker, collection.name), 'the collection listed', { timeout: 5000 });
      treeItem(picker, collection.name)!.click();
      await waitUntil(
        () => picker.grid!.assets.length > 0 && picker.grid!.assets.every((asset) => collection.mediaIds.includes(asset.id)),
        'the collection’s media',
      );
      await resultsShown(picker);
      await openByKey(picker, 0);
      const row = [...inPanel(picker, 'details-metadata')!.querySelectorAll('.row')].find(
        (candidate) => candidate.querySelector('dt')?.textContent === 'Collection',
      );
      expect(row?.querySelector('dd')?.textContent?.trim()).to.equal(collection.name);
    } finally {
      bynder.stop();
    }
  });

  it('sizes a Bynder image’s preview to the panel (DAT, its width × devicePixelRatio rounded up to a step)', async () => {
    const bynder = await startMockBynder({ mediaCount: 200 });
    try {
      const picker = await fixture<DamPicker>(html`<dam-picker
        provider="bynder"
        site=${BYNDER_PORTAL}
        asset-types="image"
        .tokenProvider=${async () => bynder.token}
        style="width: 960px; --dam-picker-height: 640px"
      ></dam-picker>`);
      await resultsShown(picker);
      const index = picker.grid!.assets.findIndex((asset) => {
        const item = bynder.emulator.data.media.find((candidate) => candidate.id === asset.id)!;
        return typeof (item['thumbnails'] as Record<string, unknown>)['transformBaseUrl'] === 'string';
      });
      expect(index).to.be.greaterThan(-1);
      await openByKey(picker, index);
      const asset = picker.grid!.assets[index]!;
      const base = (bynder.emulator.data.media.find((candidate) => candidate.id === asset.id)!['thumbnails'] as Record<string, string>)['transformBaseUrl'];
      const panel = detailsPanel(picker)!;
      const width = panel.getBoundingClientRect().width * window.devicePixelRatio;
      const side = [400, 800, 1200, 1600, 2400].find((candidate) => candidate >= width) ?? 2400;
      const large = () => panel.shadowRoot!.querySelector<HTMLImageElement>('[part~="details-preview"] img.large');
      await waitUntil(() => large(), 'the large image');
      expect(large()!.getAttribute('src')).to.equal(`${base}?io=transform:fit,width:${side},height:${side}`);
      await waitUntil(() => large()?.classList.contains('loaded'), 'the sized image loaded', { timeout: 5000 });
      expect(Math.max(large()!.naturalWidth, large()!.naturalHeight)).to.be.at.most(side);
      // The host still receives the preview at its documented size.
      expect(asset.previewUrl).to.equal(`${base}?io=transform:fit,width:1200,height:1200`);
    } finally {
      bynder.stop();
    }
  });

  it('badges an expired asset with text (the seeded rights fixtures)', async () => {
    const picker = await mountPicker(dam, { rootFolder: dam.emulator.data.rightsFolderGuid });
    const record = dam.emulator.data.assetByGuid(dam.emulator.data.rightsAssets!.expired)!;
    const index = picker.grid!.assets.findIndex((asset) => asset.id === record.guid);
    expect(index).to.be.greaterThan(-1);
    await openByKey(picker, index);
    expect(inPanel(picker, 'details-status')!.textContent.trim()).to.equal('Expired');
    expect(inPanel(picker, 'details-metadata')!.textContent).to.contain(shownDate(record.assetExpiryDate!));
    // Not every asset is badged: an unrestricted one has no status badge.
    const active = picker.grid!.assets.findIndex((asset) => asset.id === dam.emulator.data.rightsAssets!.active);
    await openByKey(picker, active);
    expect(inPanel(picker, 'details-status')).to.equal(null);
  });

  it('covers the results beside an open sidebar where they would be left less than two columns of tiles', async () => {
    const picker = await mountPicker(dam, { width: 800 });
    expect(part(picker, 'sidebar')!.hidden, 'the sidebar starts open from 720 px').to.equal(false);
    await openByKey(picker, 0);
    const panel = detailsPanel(picker)!;
    await waitUntil(() => panel.overlay, 'over the results (800 px: sidebar 260, panel 360, results 180)');
    // With the sidebar closed, the panel goes beside the results, which keep two columns.
    part(picker, 'sidebar-toggle')!.click();
    await waitUntil(() => !panel.overlay, 'beside the results');
    const grid = picker.grid!.getBoundingClientRect();
    expect(panel.getBoundingClientRect().left, 'beside the grid').to.be.at.least(grid.right - 0.5);
    const firstRow = () => {
      const shown = tiles(picker).map((tile) => tile.getBoundingClientRect());
      const top = Math.min(...shown.map((rect) => rect.top));
      return shown.filter((rect) => Math.abs(rect.top - top) < 2).length;
    };
    await waitUntil(() => firstRow() >= 2, `two columns of tiles (saw ${firstRow()})`);
  });

  it('covers the results on a narrow picker', async () => {
    const picker = await mountPicker(dam, { width: 420 });
    await openByKey(picker, 0);
    const panel = detailsPanel(picker)!;
    await waitUntil(() => panel.overlay, 'overlay');
    // Inside the results' area (its padding box: under its top border), not over the whole picker.
    const area = picker.shadowRoot!.querySelector('.content')!;
    const content = area.getBoundingClientRect();
    const box = panel.getBoundingClientRect();
    expect([box.left, box.top, box.width, box.height].map(Math.round), 'the results, not the whole picker').to.deep.equal(
      [content.left + area.clientLeft, content.top + area.clientTop, area.clientWidth, area.clientHeight].map(Math.round),
    );
    // The footer stays, uncovered: what the panel selects can be inserted from there.
    const button = part(picker, 'confirm-button')!;
    button.scrollIntoView({ block: 'nearest' });
    const insert = button.getBoundingClientRect();
    const hit = picker.shadowRoot!.elementFromPoint(insert.left + insert.width / 2, insert.top + insert.height / 2);
    expect(!!hit && button.contains(hit), `Insert not covered (found ${hit?.localName}.${hit?.className})`).to.equal(true);
    await expect(picker).to.be.accessible();
  });
});
