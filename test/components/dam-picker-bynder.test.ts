// <dam-picker provider="bynder"> against the Bynder emulator behind msw: collections in the browse
// panel, facets that say their counts are portal-wide, the rendition chooser (DAT URLs into
// `DamAsset.url`/`rendition`), file URLs from the download operation at confirm, and the brand chooser
// for uploads.
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';
import type { DamAsset } from '../../src/api/types.js';
import { BYNDER_PORTAL, startMockBynder, type MockBynder } from '../support/mock-dam.js';
import { facetCheckbox, facetList, part, resultsShown, tree } from '../support/picker-helpers.js';
import { generatedFile } from '../support/upload-data.js';
import '../support/benign-errors.js';

describe('<dam-picker provider="bynder">', function () {
  // Confirm steps make several DAM round trips and an accessibility audit: room for a loaded machine.
  this.timeout(20_000);
  let dam: MockBynder;
  beforeEach(async () => {
    dam = await startMockBynder({ mediaCount: 400, uploads: { pollsBeforeDone: 0 } });
  });
  afterEach(() => dam.stop());

  async function picker(options: { selectedIds?: string[]; upload?: boolean } = {}): Promise<DamPicker> {
    const element = await fixture<DamPicker>(html`<dam-picker
      provider="bynder"
      site=${BYNDER_PORTAL}
      selection="multiple"
      ?upload=${options.upload ?? false}
      .selectedIds=${options.selectedIds ?? []}
      .tokenProvider=${async () => dam.token}
      style="width: 900px; --dam-picker-height: 600px"
    ></dam-picker>`);
    await resultsShown(element);
    return element;
  }

  it('asks for the first page once: the browse root, which is all collections, is the same search', async () => {
    const element = await picker();
    await waitUntil(() => tree(element)?.model.rows.length, 'the root known', { timeout: 5000 });
    await aTimeout(300);
    const media = dam.emulator.requests.entries.filter((entry) => entry.endpoint === 'media');
    expect(media.map((entry) => entry.query)).to.deep.equal([{ page: '1', limit: '50', total: '1' }]);
    expect(element.grid!.assets).to.have.length(50);
  });

  it('lists collections in the browse panel and says the filter counts are portal-wide', async () => {
    const element = await picker();
    await waitUntil(
      () => [...(tree(element).shadowRoot?.querySelectorAll('[role="treeitem"]') ?? [])].some((item) => item.textContent?.includes('Press kit')),
      'collections listed',
      { timeout: 5000 },
    );
    const labels = [...tree(element).shadowRoot!.querySelectorAll('[role="treeitem"]')].map((item) => item.textContent?.trim() ?? '');
    expect(labels.some((label) => label.includes('Press kit'))).to.equal(true);
    // Collections never nest: only the root row can be expanded ("Recently used" above it is a leaf), and the panel says "Collections".
    const rows = [...tree(element).shadowRoot!.querySelectorAll('[role="treeitem"]')];
    expect(rows.filter((row) => row.hasAttribute('aria-expanded'))).to.have.length(1);
    expect(element.shadowRoot!.querySelector('#folders-heading')!.textContent).to.equal('Collections');
    await waitUntil(() => facetList(element).groups.length > 1, 'facets loaded', { timeout: 5000 });
    expect(facetList(element).counts).to.equal('portal');
    expect(facetList(element).shadowRoot!.textContent).to.contain('Counts are for the whole library, not for this search.');
  });

  it('filters by metaproperties named and keyed __proto__ and constructor like any other', async () => {
    // The portal names metaproperties and options: these reach the query as they are.
    const handle = dam.emulator.handle.bind(dam.emulator);
    dam.emulator.handle = async (request) => {
      const response = await handle(request);
      if (!response || !new URL(request.url).pathname.startsWith('/api/v4/metaproperties')) return response;
      const property = (id: string, label: string, options: Array<[string, string]>) => ({
        id,
        name: id,
        label,
        isFilterable: 1,
        zindex: -1,
        options: options.map(([value, text]) => ({ id: value, label: text, mediaCount: 7 })),
      });
      const extra = JSON.stringify({
        constructor: property('constructor', 'Builder', [['toString', 'To string']]),
        ['__proto__']: property('__proto__', 'Proto', [
          ['constructor', 'Constructor'],
          ['__proto__', 'Proto value'],
        ]),
      });
      const body = (await response.text()).replace(/^\{/, `${extra.slice(0, -1)},`);
      return new Response(body, { status: response.status, headers: response.headers });
    };
    const element = await picker();
    await waitUntil(() => facetCheckbox(element, 'Proto', 'Proto value'), 'the __proto__ group offered', { timeout: 5000 });
    expect(
      facetList(element)
        .groups.slice(1, 3)
        .map((group) => group.id),
    ).to.have.members(['__proto__', 'constructor']);
    const optionFilter = () => dam.emulator.requests.entries.filter((entry) => entry.endpoint === 'media').at(-1)?.query['propertyOptionId'];
    const click = async (group: string, option: string, expected: string | undefined) => {
      facetCheckbox(element, group, option)!.click();
      await waitUntil(() => optionFilter() === expected, `propertyOptionId=${expected}`, { timeout: 5000 });
      await element.updateComplete;
    };
    await click('Proto', 'Constructor', 'constructor');
    await click('Proto', 'Proto value', '__proto__,constructor');
    await click('Builder', 'To string', '__proto__,constructor,toString');
    expect(Object.entries(facetList(element).filters)).to.deep.equal([
      ['__proto__', ['constructor', '__proto__']],
      ['constructor', ['toString']],
    ]);
    expect(facetCheckbox(element, 'Proto', 'Constructor')!.checked).to.equal(true);
    await click('Proto', 'Constructor', '__proto__,toString');
    await click('Builder', 'To string', '__proto__');
    expect(Object.entries(facetList(element).filters)).to.deep.equal([['__proto__', ['__proto__']]]);
    expect(facetCheckbox(element, 'Builder', 'To string')!.checked).to.equal(false);
  });

  it('offers renditions for a selected image and inserts the chosen DAT URL', async () => {
    const image = dam.emulator.data.media.find((m) => m.type === 'image')!;
    const document = dam.emulator.data.media.find((m) => m.type === 'document')!;
    // Preselected ids not loaded yet are looked up by id on confirm.
    const element = await picker({ selectedIds: [image.id, document.id] });
    const first = oneEvent(element, 'dam-select');
    await element.confirm();
    expect(((await first).detail.assets as DamAsset[]).map((a) => a.id)).to.have.members([image.id, document.id]);
    element.requestUpdate();
    await waitUntil(() => part(element, 'renditions'), 'rendition chooser shown', { timeout: 5000 });
    const preset = part(element, 'rendition-preset') as HTMLSelectElement;
    const format = part(element, 'rendition-format') as HTMLSelectElement;
    await expect(element).to.be.accessible();
    preset.value = 'square';
    preset.dispatchEvent(new Event('change'));
    format.value = 'webp';
    format.dispatchEvent(new Event('change'));
    const selected = oneEvent(element, 'dam-select');
    await element.confirm();
    const assets = (await selected).detail.assets as DamAsset[];
    const chosenImage = assets.find((a) => a.id === image.id)!;
    expect(chosenImage.rendition).to.equal('square.webp');
    expect(chosenImage.url).to.match(/\/transform\/.+\?io=transform:fill,width:1000,height:1000&focuspoint=0\.5,0\.4&format=webp$/);
    expect(assets.find((a) => a.id === document.id)!.rendition).to.not.equal('square.webp');
    const served = await fetch(chosenImage.url!);
    expect(served.headers.get('x-emulator-transform')).to.equal('1000x1000;format=webp');
  });

  it('gives a private image without DAT and a document a file URL from the download operation at confirm', async () => {
    // A portal without Dynamic Asset Transformation for this image: no rendition, and private, so no public original.
    const image = dam.emulator.data.media.find((m) => m.type === 'image' && !m.isPublic)!;
    delete (image.thumbnails as Record<string, string>)['transformBaseUrl'];
    const document = dam.emulator.data.media.find((m) => m.type === 'document' && !m.isPublic)!;
    const element = await picker({ selectedIds: [image.id, document.id] });
    dam.emulator.faults.inject({ endpoint: 'media-download', status: 403, times: 1 });
    let selects = 0;
    element.addEventListener('dam-select', () => selects++);
    await element.confirm();
    // One download request failed: nothing reaches the host, the selection stays, the error offers a retry.
    expect(selects).to.equal(0);
    await waitUntil(() => part(element, 'confirm-error'), 'the error is shown', { timeout: 5000 });
    const banner = part(element, 'confirm-error')!;
    await expect(element).to.be.accessible();
    expect(banner.getAttribute('role')).to.equal('alert');
    expect(element.shadowRoot!.querySelectorAll('[part~="selection-remove"]')).to.have.length(2);
    const selected = oneEvent(element, 'dam-select');
    banner.querySelector('button')!.click();
    const assets = (await selected).detail.assets as DamAsset[];
    await element.updateComplete;
    expect(part(element, 'confirm-error')).to.equal(null);
    expect(assets.map((a) => a.id)).to.have.members([image.id, document.id]);
    for (const asset of assets) {
      expect(asset.url).to.match(new RegExp(`^${BYNDER_PORTAL}/cdn/download/${asset.id}/.+\\?Expires=\\d+&Key-Pair-Id=\\w+&Signature=[0-9a-f]+$`));
      expect(asset.rendition).to.equal('original');
      const served = await fetch(asset.url!);
      expect(served.status, asset.url).to.equal(200);
    }
    const downloads = dam.emulator.requests.entries.filter((entry) => entry.endpoint === 'media-download');
    expect(downloads.map((entry) => entry.path).sort()).to.include.members([`/api/v4/media/${image.id}/download/`, `/api/v4/media/${document.id}/download/`]);
  });

  it('uploads to the brand the editor chooses', async () => {
    const element = await picker({ upload: true });
    await waitUntil(() => part(element, 'upload-destination'), 'brand chooser shown', { timeout: 5000 });
    await expect(element).to.be.accessible();
    const select = part(element, 'upload-destination')!.querySelector('select')!;
    const brand = dam.emulator.data.brands[1]!;
    select.value = brand.id;
    select.dispatchEvent(new Event('change'));
    const dropzone = element.shadowRoot!.querySelector('dam-upload-dropzone')!;
    await waitUntil(() => dropzone.folderId === brand.id, 'dropzone targets the brand');
    const uploaded = oneEvent(element, 'dam-upload');
    const transfer = new DataTransfer();
    transfer.items.add(generatedFile('Brand visual.jpg', 4000, 9, 'image/jpeg'));
    dropzone.handleDrop(transfer);
    const { asset } = (await uploaded).detail as { asset: DamAsset };
    expect(asset.provider).to.equal('bynder');
    expect(dam.emulator.data.mediaById(asset.id)?.brandId).to.equal(brand.id);
  });
});
