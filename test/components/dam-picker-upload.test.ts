// Uploading through a whole <dam-picker> (emulator behind msw): the dropzone appears with
// `upload`, files dropped anywhere on the picker go into the folder being browsed, the
// imported asset is picked at once (before search can find it) and `dam-upload` fires.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { DamAsset } from '../../src/api/types.js';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';
import type { DamUploadDropzone } from '../../src/components/dam-upload-dropzone/dam-upload-dropzone.js';
import '../support/benign-errors.js';
import { API_ORIGIN, SITE, startMockDam, type MockDam } from '../support/mock-dam.js';
import { mountPicker, part, settled, treeItem } from '../support/picker-helpers.js';

function dropzone(picker: DamPicker): DamUploadDropzone | null {
  return picker.shadowRoot!.querySelector('dam-upload-dropzone');
}

function filesOf(...files: File[]): DataTransfer {
  const data = new DataTransfer();
  for (const file of files) data.items.add(file);
  return data;
}

describe('<dam-picker upload>', function () {
  // A drop, a real upload through msw, an import and an axe check: 10 s is close on a loaded 2-core machine.
  this.timeout(20_000);
  let dam: MockDam;

  beforeEach(async () => {
    dam = await startMockDam({ uploads: { indexingDelayMs: 60_000 } });
  });
  afterEach(() => dam.stop());

  it('shows no dropzone without the upload attribute', async () => {
    const picker = await mountPicker(dam);
    expect(dropzone(picker)).to.equal(null);
  });

  it('uploads a file dropped on the results into the open folder, picks it and fires dam-upload', async () => {
    const picker = await mountPicker(dam, { upload: true, selection: 'multiple' });
    // At the root there is no folder to upload into yet: open one.
    const brands = treeItem(picker, 'Brands')!;
    brands.click();
    await waitUntil(() => dropzone(picker)?.folderId, 'the dropzone knows the folder');
    const folderId = dropzone(picker)!.folderId;
    expect(dam.emulator.data.folderByGuid(folderId)?.title).to.equal('Brands');

    const results = picker.shadowRoot!.querySelector('.results')!;
    const data = filesOf(new File(['hello, dam'], 'greeting card.png', { type: 'image/png' }));
    results.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, composed: true, cancelable: true }));
    await picker.updateComplete;
    expect(dropzone(picker)!.dragging).to.equal(true);

    const uploaded = oneEvent(picker, 'dam-upload');
    results.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, composed: true, cancelable: true }));
    const { detail, bubbles, composed } = await uploaded;
    expect(bubbles && composed).to.equal(true);
    expect(detail.asset.provider).to.equal('brandworkz');
    expect(detail.asset.title).to.contain('greeting card');
    expect(detail.asset.folderId?.toLowerCase()).to.equal(folderId.toLowerCase());
    expect(dropzone(picker)!.dragging).to.equal(false);

    // Picked at once, though search does not know it yet (the emulator indexes it a minute later).
    await picker.updateComplete;
    expect(part(picker, 'footer')!.textContent).to.contain('1 selected');
    const selected = oneEvent(picker, 'dam-select');
    part(picker, 'confirm-button')!.click();
    expect((await selected).detail.assets.map((asset: DamAsset) => asset.id)).to.deep.equal([detail.asset.id]);
    await expect(picker).to.be.accessible();
  });

  it('picks the existing asset when the DAM already has the file, and says so instead of refusing', async () => {
    const picker = await mountPicker(dam, { upload: true, selection: 'multiple' });
    treeItem(picker, 'Brands')!.click();
    await waitUntil(() => dropzone(picker)?.folderId, 'the dropzone knows the folder');
    const results = picker.shadowRoot!.querySelector('.results')!;
    const drop = (file: File) => results.dispatchEvent(new DragEvent('drop', { dataTransfer: filesOf(file), bubbles: true, composed: true, cancelable: true }));

    const first = oneEvent(picker, 'dam-upload');
    drop(new File(['the same bytes'], 'original.png', { type: 'image/png' }));
    const original = (await first).detail.asset as DamAsset;

    const second = oneEvent(picker, 'dam-upload');
    drop(new File(['the same bytes'], 'copy of original.png', { type: 'image/png' }));
    const existing = (await second).detail.asset as DamAsset;
    expect(existing.id).to.equal(original.id);
    expect(existing.title).to.equal('original');
    expect(dam.emulator.uploads.list().find((upload) => upload.fileName === 'copy of original.png')?.shortcutTo).to.equal(original.id);

    const zone = dropzone(picker)!;
    await zone.updateComplete;
    const item = [...zone.shadowRoot!.querySelectorAll('[part~="item"]')].find((li) => li.textContent?.includes('copy of original.png'))!;
    expect(item.querySelector('[part~="status"]')!.textContent).to.equal('Already in the DAM as “original”');
    expect(item.querySelector('[part~="status"]')!.hasAttribute('data-error')).to.equal(false);
    expect(item.querySelector('[part~="title-input"]'), 'the existing asset is not renamed from here').to.equal(null);

    // The existing asset is picked once, and confirmed as the result.
    await picker.updateComplete;
    expect(part(picker, 'footer')!.textContent).to.contain('1 selected');
    const selected = oneEvent(picker, 'dam-select');
    part(picker, 'confirm-button')!.click();
    expect((await selected).detail.assets.map((asset: DamAsset) => asset.id)).to.deep.equal([original.id]);
  });

  it('says the sign-in does not allow uploads when the token lacks the write scope (scope="read" with upload)', async () => {
    // The integrator narrowed the scope to `read`: the DAM issues a token without `write`.
    const readOnly = dam.emulator.tokens.issue({ scope: 'read' });
    const picker = await fixture<DamPicker>(html`<dam-picker
      provider="brandworkz"
      site=${SITE}
      discovery-url=${API_ORIGIN}
      scope="read"
      upload
      .tokenProvider=${async () => readOnly}
      style="width: 960px; --dam-picker-height: 640px"
    ></dam-picker>`);
    await settled(picker);
    treeItem(picker, 'Brands')!.click();
    await waitUntil(() => dropzone(picker)?.folderId, 'the dropzone knows the folder');
    let uploads = 0;
    picker.addEventListener('dam-upload', () => uploads++);
    const results = picker.shadowRoot!.querySelector('.results')!;
    results.dispatchEvent(
      new DragEvent('drop', {
        dataTransfer: filesOf(new File(['hello, dam'], 'poster.png', { type: 'image/png' })),
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
    const zone = dropzone(picker)!;
    const item = () => [...zone.shadowRoot!.querySelectorAll('[part~="item"]')].find((li) => li.textContent?.includes('poster.png'));
    const status = () => item()?.querySelector('[part~="status"]');
    await waitUntil(() => status()?.hasAttribute('data-error'), 'the upload failed', { timeout: 5000 });
    expect(status()!.textContent).to.equal(
      'This sign-in does not allow uploads. Ask the administrator of this site to set scope="read write" on the picker (or turn on upload, which asks for it).',
    );
    // Not the expired-link advice, and no Retry: only a new configuration helps.
    expect(status()!.textContent).not.to.contain('upload link');
    expect(item()!.querySelector('[part~="retry-button"]')).to.equal(null);
    // The DAM refused /createUploadPath: nothing was stored or imported.
    expect(dam.count('createUploadPath')).to.equal(1);
    expect(dam.emulator.uploads.list()).to.deep.equal([]);
    expect(uploads).to.equal(0);
    await expect(picker).to.be.accessible();
  });
});
