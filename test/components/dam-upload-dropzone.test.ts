// Tests of <dam-upload-dropzone>: rendering, reflection, keyboard, drops and the file input,
// checks before any request, progress, cancel and retry, events, title editing, live region, axe.
import '../../src/define.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DamError } from '../../src/api/errors.js';
import { BrandworkzProvider } from '../../src/api/providers/brandworkz/brandworkz-provider.js';
import type { AssetMetadataUpdate, StoredMetadata } from '../../src/api/types.js';
import type { DamUploader, PartReceipt, UploadSession } from '../../src/api/upload/types.js';
import { UploadEngine } from '../../src/api/upload/upload-engine.js';
import { DamUploadDropzone } from '../../src/components/dam-upload-dropzone/dam-upload-dropzone.js';
import {
  UPLOAD_COMPLETE,
  UPLOAD_FAILED,
  UPLOAD_REJECTED,
  UPLOAD_RENAMED,
  type UploadCompleteDetail,
  type UploadFailedDetail,
  type UploadRejectedDetail,
} from '../../src/components/dam-upload-dropzone/dam-upload-dropzone.types.js';
import { API_ORIGIN, SITE, startMockDam, type MockDam } from '../support/mock-dam.js';
import { generatedFile } from '../support/upload-data.js';
import { typeText } from '../support/engine.js';

const part = (el: DamUploadDropzone, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: DamUploadDropzone, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const liveRegion = (el: DamUploadDropzone) => el.shadowRoot!.querySelector('[aria-live]')!;

function transferOf(...files: File[]): DataTransfer {
  const data = new DataTransfer();
  for (const file of files) data.items.add(file);
  return data;
}

/** Ten-byte parts that wait until the test releases them. */
class GatedUploader implements DamUploader {
  releases: Array<() => void> = [];
  fail = false;
  async begin(file: File): Promise<UploadSession> {
    const partsOf = Array.from({ length: Math.ceil(file.size / 10) }, (_, i) => ({ partNumber: i + 1, start: i * 10, end: Math.min(file.size, i * 10 + 10) }));
    return {
      parts: partsOf,
      sendPart: (p, _bytes, signal) =>
        new Promise<PartReceipt>((resolve, reject) => {
          const release = () => (this.fail ? reject(new DamError('network', 'Failed to fetch', { retryable: true })) : resolve({ partNumber: p.partNumber }));
          signal.addEventListener(
            'abort',
            () => {
              this.releases = this.releases.filter((r) => r !== release);
              reject(signal.reason);
            },
            { once: true },
          );
          this.releases.push(release);
        }),
      complete: async () => ({ id: 'a1', provider: 'brandworkz', title: 'clip', type: 'video', source: {} }),
    };
  }
  async updateMetadata(_id: string, { title }: AssetMetadataUpdate): Promise<StoredMetadata> {
    return { title };
  }
  release(): void {
    this.releases.shift()?.();
  }
}

describe('dam-upload-dropzone', function () {
  this.timeout(15_000);

  describe('without a DAM', () => {
    it('renders a drop area with an "Upload files" button, a hint and a live region, and passes axe', async () => {
      const engine = new UploadEngine(new GatedUploader());
      const el = await fixture<DamUploadDropzone>(html`<dam-upload-dropzone .engine=${engine} folder-id="f1" folder-name="Campaigns"
        file-types="png, jpg" max-file-size="1048576"></dam-upload-dropzone>`);
      const button = part(el, 'button') as HTMLButtonElement;
      expect(button.textContent?.trim()).to.equal('Upload files');
      expect(button.disabled).to.equal(false);
      expect(part(el, 'hint')!.textContent).to.equal('Files go to \u2068Campaigns\u2069. Allowed: PNG or JPG. Up to 1 MB per file.');
      expect(button.getAttribute('aria-describedby')).to.equal('hint');
      expect(el.shadowRoot!.querySelector('input[type="file"]')!.getAttribute('accept')).to.equal('.png,.jpg');
      expect(liveRegion(el).getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
    });

    it('disables the button without an engine or a folder, and says why', async () => {
      const el = await fixture<DamUploadDropzone>(html`<dam-upload-dropzone></dam-upload-dropzone>`);
      expect((part(el, 'button') as HTMLButtonElement).disabled).to.equal(true);
      expect(part(el, 'hint')!.textContent).to.equal('Uploading is not available here.');
      el.engine = new UploadEngine(new GatedUploader());
      await el.updateComplete;
      expect(part(el, 'hint')!.textContent).to.equal('Open a folder to upload files into it.');
      el.handleDrop(transferOf(generatedFile('a.png', 10)));
      await el.updateComplete;
      expect(part(el, 'messages')!.textContent).to.contain('Open a folder to upload files into it.');
      await expect(el).to.be.accessible();
    });

    it('keeps files dropped while the upload code is loading, and uploads them when it arrives', async () => {
      const el = await fixture<DamUploadDropzone>(html`<dam-upload-dropzone folder-id="f1" .loading=${true}></dam-upload-dropzone>`);
      el.handleDrop(transferOf(generatedFile('early.png', 10)));
      await el.updateComplete;
      expect(part(el, 'messages'), 'nothing is refused while the code loads').to.equal(null);
      const uploader = new GatedUploader();
      el.engine = new UploadEngine(uploader);
      el.loading = false;
      await el.updateComplete;
      await el.updateComplete;
      expect(parts(el, 'item').map((item) => item.textContent)).to.have.length(1);
      expect(parts(el, 'item')[0]!.textContent).to.contain('early.png');
    });

    it('refuses the files that waited when the upload code fails to load, and says why', async () => {
      const el = await fixture<DamUploadDropzone>(html`<dam-upload-dropzone folder-id="f1" .loading=${true}></dam-upload-dropzone>`);
      el.handleDrop(transferOf(generatedFile('early.png', 10)));
      el.loading = false;
      await el.updateComplete;
      await el.updateComplete;
      expect(part(el, 'messages')!.textContent).to.contain('Uploading is not available here.');
      expect(parts(el, 'item')).to.have.length(0);
    });

    it('reflects its properties and reads its attributes', async () => {
      const el = await fixture<DamUploadDropzone>(html`<dam-upload-dropzone folder-id="x" folder-name="X" file-types="pdf"
        max-file-size="5" dragging disabled></dam-upload-dropzone>`);
      expect([el.folderId, el.folderName, el.fileTypes, el.maxFileSize, el.dragging, el.disabled]).to.deep.equal(['x', 'X', 'pdf', 5, true, true]);
      el.folderId = 'y';
      el.maxFileSize = 10;
      el.dragging = false;
      el.disabled = false;
      await el.updateComplete;
      expect(el.getAttribute('folder-id')).to.equal('y');
      expect(el.getAttribute('max-file-size')).to.equal('10');
      expect(el.hasAttribute('dragging')).to.equal(false);
      expect(el.hasAttribute('disabled')).to.equal(false);
    });

    it('opens the file dialog from the keyboard (Enter and Space on the button)', async () => {
      const el = await fixture<DamUploadDropzone>(
        html`<dam-upload-dropzone .engine=${new UploadEngine(new GatedUploader())} folder-id="f"></dam-upload-dropzone>`,
      );
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
      let opened = 0;
      input.click = () => {
        opened++;
      };
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'button'));
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: ' ' });
      expect(opened).to.equal(2);
    });

    it('refuses files by type and size before any request, with a message per file', async () => {
      const uploader = new GatedUploader();
      let begun = 0;
      const begin = uploader.begin.bind(uploader);
      uploader.begin = (file) => {
        begun++;
        return begin(file);
      };
      const el = await fixture<DamUploadDropzone>(html`<dam-upload-dropzone .engine=${new UploadEngine(uploader)} folder-id="f"
        file-types="png,jpg" max-file-size="100"></dam-upload-dropzone>`);
      const rejected = oneEvent(el, UPLOAD_REJECTED);
      el.handleDrop(transferOf(generatedFile('tool.exe', 10), generatedFile('huge.png', 2048), generatedFile('ok.png', 20)));
      const { detail } = (await rejected) as CustomEvent<UploadRejectedDetail>;
      expect(detail.rejections.map((r) => r.reason)).to.deep.equal(['file-type', 'too-large']);
      await el.updateComplete;
      const messages = [...part(el, 'messages')!.querySelectorAll('li')].map((li) => li.textContent);
      expect(messages).to.deep.equal([
        'tool.exe was not uploaded: only PNG or JPG files are allowed here.',
        'huge.png was not uploaded: it is 2 kB, larger than the limit of 100 bytes.',
      ]);
      expect(liveRegion(el).textContent).to.contain('tool.exe was not uploaded');
      expect(begun).to.equal(1, 'only ok.png reached the DAM');
      await expect(el).to.be.accessible();
    });

    it('shows bytes and percent per file and overall, cancels, retries, and announces progress', async () => {
      const uploader = new GatedUploader();
      const engine = new UploadEngine(uploader, { partConcurrency: 1, retry: { retries: 0 } });
      const el = await fixture<DamUploadDropzone>(html`<dam-upload-dropzone .engine=${engine} folder-id="f"></dam-upload-dropzone>`);
      el.handleDrop(transferOf(generatedFile('clip.mov', 40), generatedFile('other.mov', 20)));
      await waitUntil(() => uploader.releases.length === 1, 'first part in flight');
      uploader.release();
      await waitUntil(() => part(el, 'status')?.textContent === '10 bytes of 40 bytes (25%)', 'progress shown');
      const progress = part(el, 'progress') as HTMLProgressElement;
      expect(progress.value).to.equal(25);
      expect(progress.getAttribute('aria-label')).to.equal('Upload of clip.mov');
      expect(liveRegion(el).textContent).to.equal('clip.mov: 25% uploaded.');
      expect(part(el, 'overall')!.textContent).to.contain('0 of 2 uploaded · 10 bytes of 60 bytes');
      await expect(el).to.be.accessible();

      const [cancelClip] = parts(el, 'cancel-button');
      expect(cancelClip!.getAttribute('aria-label')).to.equal('Cancel upload of clip.mov');
      cancelClip!.click();
      await el.updateComplete;
      expect(parts(el, 'status')[0]!.textContent).to.equal('Cancelled');
      expect(liveRegion(el).textContent).to.equal('Upload of clip.mov cancelled.');

      // The second file fails (network), then a retry resumes it.
      await waitUntil(() => engine.items[1]?.state === 'uploading' && uploader.releases.length === 1, 'second file in flight');
      uploader.fail = true;
      const failed = oneEvent(el, UPLOAD_FAILED);
      uploader.release();
      expect(((await failed) as CustomEvent<UploadFailedDetail>).detail.error.code).to.equal('network');
      await el.updateComplete;
      expect(parts(el, 'status')[1]!.textContent).to.equal('Upload interrupted. Check your connection; it resumes where it stopped.');
      uploader.fail = false;
      const retry = parts(el, 'retry-button')[1]!;
      expect(retry.getAttribute('aria-label')).to.equal('Retry upload of other.mov');
      retry.click();
      await waitUntil(() => uploader.releases.length === 1);
      uploader.release();
      uploader.release();
      await waitUntil(() => uploader.releases.length === 1);
      uploader.release();
      await waitUntil(() => el.shadowRoot!.querySelector('[data-state="done"]'), 'second file done');
      expect(part(el, 'overall')!.textContent).to.contain('1 of 1 uploaded · 20 bytes of 20 bytes');
    });

    it('shows the drag state while files are dragged over it, and takes the drop', async () => {
      const uploader = new GatedUploader();
      const el = await fixture<DamUploadDropzone>(html`<dam-upload-dropzone .engine=${new UploadEngine(uploader)} folder-id="f"></dam-upload-dropzone>`);
      const zone = part(el, 'base')!;
      const data = transferOf(generatedFile('drag.png', 5));
      const over = new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true, composed: true });
      zone.dispatchEvent(over);
      expect(over.defaultPrevented).to.equal(true);
      await el.updateComplete;
      expect(el.hasAttribute('dragging')).to.equal(true);
      expect(el.shadowRoot!.querySelector('.prompt')!.textContent).to.equal('Drop the files to upload them');
      zone.dispatchEvent(new DragEvent('dragleave', { dataTransfer: data, bubbles: true }));
      await el.updateComplete;
      expect(el.hasAttribute('dragging')).to.equal(false);
      const text = new DataTransfer();
      text.setData('text/plain', 'hello');
      const textOver = new DragEvent('dragover', { dataTransfer: text, bubbles: true, cancelable: true });
      zone.dispatchEvent(textOver);
      expect(textOver.defaultPrevented, 'text drags are not taken').to.equal(false);
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      await waitUntil(() => parts(el, 'item').length === 1, 'dropped file listed');
      expect(el.shadowRoot!.querySelector('.name')!.textContent).to.equal('drag.png');
    });
  });

  describe('with the emulated DAM', () => {
    let dam: MockDam;
    let folder: string;
    let engine: UploadEngine;

    beforeEach(async () => {
      dam = await startMockDam({ assetCount: 200 });
      folder = dam.emulator.data.folders.find((f) => f.assetType === 'Folder' && f.parentGuid !== null)!.guid;
      const provider = new BrandworkzProvider({
        site: SITE,
        discoveryUrl: API_ORIGIN,
        tokens: { getAccessToken: async () => dam.token, refreshAccessToken: async () => dam.token },
      });
      engine = new UploadEngine(provider.createUploader());
    });
    afterEach(() => {
      engine.dispose();
      dam.stop();
    });

    it('uploads files chosen with the input, fires upload-complete, and saves a new title in place', async () => {
      dam.emulator.faults.setIndexingDelay(0);
      const el = await fixture<DamUploadDropzone>(html`<dam-upload-dropzone .engine=${engine} folder-id=${folder}></dam-upload-dropzone>`);
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
      input.files = transferOf(generatedFile('Spring poster.pdf', 1500, 3, 'application/pdf')).files;
      const complete = oneEvent(el, UPLOAD_COMPLETE);
      input.dispatchEvent(new Event('change'));
      const event = (await complete) as CustomEvent<UploadCompleteDetail>;
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(false);
      expect(event.detail.asset).to.deep.include({ title: 'Spring poster', type: 'document', fileType: 'pdf', folderId: folder });
      expect(input.value).to.equal('', 'the input is cleared for the next choice');
      await el.updateComplete;
      const title = part(el, 'title-input') as HTMLInputElement;
      expect(title.value).to.equal('Spring poster');
      expect(title.labels?.[0]?.textContent).to.equal('Title of Spring poster.pdf in the DAM');
      expect(liveRegion(el).textContent).to.equal('Spring poster.pdf is in the DAM as “Spring poster”.');
      await expect(el).to.be.accessible();

      title.focus();
      title.select();
      await typeText('Spring poster A3');
      await sendKeys({ press: 'Escape' });
      expect(title.value).to.equal('Spring poster', 'Escape undoes the edit');
      title.select();
      await typeText('Spring poster A3');
      const renamed = oneEvent(el, UPLOAD_RENAMED);
      await sendKeys({ press: 'Enter' });
      expect(((await renamed) as CustomEvent<UploadCompleteDetail>).detail.asset.title).to.equal('Spring poster A3');
      await waitUntil(() => liveRegion(el).textContent === 'Title saved: Spring poster A3', 'saved announced');
      expect(dam.emulator.data.assetByGuid(event.detail.asset.id)?.title).to.equal('Spring poster A3', 'saved in the DAM');
    });

    it("shows the DAM's message when it refuses the import, without a retry button", async () => {
      const el = await fixture<DamUploadDropzone>(html`<dam-upload-dropzone .engine=${engine} folder-id=${folder}></dam-upload-dropzone>`);
      const failed = oneEvent(el, UPLOAD_FAILED);
      el.addFiles([generatedFile('installer.exe', 300)]);
      const { detail } = (await failed) as CustomEvent<UploadFailedDetail>;
      expect(detail.error.code).to.equal('upload-refused');
      await el.updateComplete;
      expect(part(el, 'status')!.textContent).to.equal('The DAM refused the file: \u2068Files of type .exe can not be imported for security reasons.\u2069');
      expect(part(el, 'retry-button')).to.equal(null);
      expect(part(el, 'remove-button')).not.to.equal(null);
      expect(liveRegion(el).textContent).to.contain('installer.exe failed.');
      await expect(el).to.be.accessible();
    });
  });
});
