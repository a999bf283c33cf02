// <dam-upload-dropzone>: turns dropped files and an "Upload files" button into File[] for an
// UploadEngine, checks them before any request, and shows each upload: progress, cancel, retry,
// and the imported asset with its title editable in place. The engine does the uploading.
import { localized, msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { DamAsset } from '../../api/types.js';
import { parseFileTypes } from '../../api/restrictions.js';
import type { FileRejection } from '../../api/upload/file-checks.js';
import type { UploadItem } from '../../api/upload/types.js';
import type { UploadEngine } from '../../api/upload/upload-engine.js';
import { dropzoneStyles } from './dam-upload-dropzone.styles.js';
import { errorText } from '../error-text.js';
import { visuallyHidden } from '../shared.styles.js';
import { DamElement } from '../../internal/dam-element.js';
import { UploadListController } from './upload-list-controller.js';
import { rejectionText, statusText, UploadFormat } from './upload-messages.js';
import { dataTransferHasFiles, filesOf } from './has-files.js';

/** Whether a drag carries files (not text or links): what a host checks before calling `preventDefault()`. */
/** The files of a drop, leaving out folders (which the browser hands over as unreadable entries). */
/**
 * @tag dam-upload-dropzone
 * @summary A drop area and "Upload files" button that uploads files into a DAM folder with an
 * `UploadEngine`: `file-types` and `max-file-size` are checked before any request (one message per
 * refused file), each file shows its progress (bytes and %) with cancel and retry, the overall
 * progress is shown, and an imported asset's title can be fixed in place. Progress and results are
 * announced through a polite live region. The host may make a larger area a drop target: set
 * `dragging` while files are dragged over it and pass the drop to `handleDrop()`.
 *
 * @event upload-complete - `{ item, asset }` A file was imported. Bubbles, not composed.
 * @event upload-failed - `{ item, error }` A file's upload failed. Bubbles, not composed.
 * @event upload-renamed - `{ item, asset }` An imported asset's title was saved. Bubbles, not composed.
 * @event upload-rejected - `{ rejections }` Files refused before any request. Bubbles, not composed.
 * @fires upload-complete
 * @fires upload-failed
 * @fires upload-renamed
 * @fires upload-rejected
 *
 * @csspart base - The drop area.
 * @csspart button - The "Upload files" button.
 * @csspart camera-button - Takes a photo or video with the camera (`capture`); shown on touch screens (coarse pointer).
 * @csspart hint - Destination folder, allowed types and size limit.
 * @csspart messages - Messages about refused files.
 * @csspart overall - The overall progress line and bar.
 * @csspart list - The list of uploads.
 * @csspart item - One upload.
 * @csspart progress - An upload's progress bar.
 * @csspart status - An upload's status line (bytes and %, or why it failed).
 * @csspart cancel-button - Cancels an upload.
 * @csspart retry-button - Retries a failed or cancelled upload.
 * @csspart remove-button - Removes a finished upload from the list.
 * @csspart title-input - The editable title of an imported asset.
 * @csspart save-title-button - Saves the title.
 *
 * @cssproperty --dam-dropzone-min-height - Height of the drop area. Default `7rem`.
 * @cssproperty --dam-radius - Corner radius. Default `8px`.
 * @cssproperty --dam-spacing - Base spacing. Default `8px`.
 * @cssproperty --dam-color-text - Text colour.
 * @cssproperty --dam-color-muted - Secondary text.
 * @cssproperty --dam-color-border - Borders and the drop area's outline.
 * @cssproperty --dam-color-accent - Button, progress bars, drop highlight.
 * @cssproperty --dam-color-on-accent - Text on the accent colour.
 * @cssproperty --dam-color-danger - Error messages.
 * @cssproperty --dam-color-focus - Focus ring. Default: `--dam-color-accent`.
 */
@localized()
export class DamUploadDropzone extends DamElement {
  static override styles = [visuallyHidden, dropzoneStyles];

  /** The engine that uploads (from `provider.createUploader()`); without it the button is disabled. */
  @property({ attribute: false }) engine: UploadEngine | undefined;
  /** The engine's code is on its way: files given now wait for it instead of being refused. */
  @property({ type: Boolean, attribute: false }) loading = false;
  /** Where files go (Brandworkz category GUID). Empty: uploads are refused with a hint to open a folder. */
  @property({ attribute: 'folder-id', reflect: true }) folderId = '';
  /** The folder's name, shown as the destination. */
  @property({ attribute: 'folder-name', reflect: true }) folderName = '';
  /** Comma list of allowed suffixes (`png,jpg`); empty: any. */
  @property({ attribute: 'file-types', reflect: true }) fileTypes = '';
  /** Largest file in bytes; 0: no limit. */
  @property({ attribute: 'max-file-size', type: Number, reflect: true }) maxFileSize = 0;
  /** Files are being dragged over the drop area (or over the host's larger drop target). */
  @property({ type: Boolean, reflect: true }) dragging = false;
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** Narrow widths: just an Upload button (and Camera on touch screens); the full drop area shows while files are dragged. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Messages about files refused by the last drop or selection. */
  @state() private messages: string[] = [];
  @state() private titleErrors = new Map<string, string>();
  @state() private saving = new Set<string>();

  @query('input[type="file"]') private input?: HTMLInputElement;
  /** Takes a photo or video with the device's camera (touch screens show its button). */
  @query('.camera-input') private camera?: HTMLInputElement;

  readonly #uploads = new UploadListController(
    this,
    {
      done: (item, asset) => this.emit('upload-complete', { item, asset }),
      failed: (item, error) => this.emit('upload-failed', { item, error }),
      renamed: (item, asset) => this.emit('upload-renamed', { item, asset }),
    },
    () => this.#format(),
  );

  /** Files dropped while the engine's code was loading. */
  readonly #waiting: File[] = [];

  /** Whether files can be taken now: an engine, a folder, not disabled. */
  get ready(): boolean {
    return !!this.engine && !!this.folderId && !this.disabled;
  }

  /** Takes the files of a drop (from this element or from the host's larger drop target). */
  handleDrop(data: DataTransfer | null | undefined): void {
    this.dragging = false;
    if (!data) return;
    const { files, folders } = filesOf(data);
    this.addFiles(files);
    if (folders > 0) this.#note(msg('Folders can not be uploaded. Drop the files inside them instead.'));
  }

  /** Checks the files and queues those that pass; returns the refused ones. */
  addFiles(files: readonly File[]): FileRejection[] {
    if (files.length === 0) return [];
    if (!this.engine && this.loading && this.folderId && !this.disabled) {
      this.#waiting.push(...files);
      return [];
    }
    if (!this.ready || !this.engine) {
      this.#note(this.#unavailableText());
      return [];
    }
    const { rejected } = this.engine.add(
      files,
      { folderId: this.folderId },
      {
        fileTypes: parseFileTypes(this.fileTypes),
        maxFileSize: this.maxFileSize,
      },
    );
    const format = this.#format();
    this.messages = rejected.map((rejection) => rejectionText(rejection, format));
    if (rejected.length > 0) {
      this.#uploads.announce(this.messages.join(' '));
      this.emit('upload-rejected', { rejections: rejected });
    }
    return rejected;
  }

  /** Opens the browser's file dialog (as the "Upload files" button does). */
  openFileDialog(): void {
    if (this.ready) this.input?.click();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('engine')) this.#uploads.engine = this.engine;
    if ((changed.has('engine') || changed.has('loading')) && !this.loading && this.#waiting.length > 0) {
      // The code arrived (or failed to): the files dropped meanwhile are taken now, or refused with the reason.
      const waiting = this.#waiting.splice(0);
      this.addFiles(waiting);
    }
  }

  override render(): TemplateResult {
    const format = this.#format();
    const items = this.#uploads.items;
    return html`<div part="base" class="zone" @dragenter=${this.#onDragOver} @dragover=${this.#onDragOver}
        @dragleave=${this.#onDragLeave} @drop=${this.#onDrop}>
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor"
          stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d="M12 15V4m0 0-4 4m4-4 4 4"/><path d="M4 15v3a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-3"/></svg>
        <p class="prompt">${this.dragging && this.ready ? msg('Drop the files to upload them') : msg('Drag files here, or')}</p>
        <button part="button" class="upload" type="button" ?disabled=${!this.ready} aria-describedby="hint"
          @click=${this.openFileDialog}>${this.compact ? msg('Upload') : msg('Upload files')}</button>
        <button part="camera-button" class="upload camera" type="button" ?disabled=${!this.ready} aria-describedby="hint"
          @click=${() => this.ready && this.camera?.click()}>${msg('Camera')}</button>
        <input type="file" multiple hidden tabindex="-1" accept=${ifDefined(this.#accept())} @change=${this.#onInputChange} />
        <input class="camera-input" type="file" accept="image/*,video/*" capture="environment" hidden tabindex="-1" @change=${this.#onInputChange} />
        <p part="hint" id="hint" class="hint">${this.#hint(format)}</p>
      </div>
      ${
        this.messages.length > 0
          ? html`<div part="messages" class="messages">
            <ul>${this.messages.map((text) => html`<li>${text}</li>`)}</ul>
            <button type="button" class="link" @click=${() => (this.messages = [])}>${msg('Dismiss')}</button>
          </div>`
          : nothing
      }
      ${items.length > 0 ? this.#renderList(items, format) : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#uploads.announcement}</div>`;
  }

  #renderList(items: readonly UploadItem[], format: UploadFormat): TemplateResult {
    const totals = this.#uploads.totals;
    const finished = (totals?.done ?? 0) + (totals?.failed ?? 0);
    const counted = (totals?.files ?? 0) - (totals?.cancelled ?? 0);
    return html`<div part="overall" class="overall">
        <span>${msg(str`${format.count(totals?.done ?? 0)} of ${format.count(counted)} uploaded · ${format.bytes(totals?.bytesSent ?? 0)} of ${format.bytes(totals?.bytesTotal ?? 0)}`)}</span>
        <progress max="100" value=${totals?.percent ?? 0} aria-label=${msg('Overall upload progress')}
          aria-valuetext=${format.percent(totals?.percent ?? 0)} ?hidden=${finished === counted}></progress>
      </div>
      <ul part="list" class="list" aria-label=${msg('Uploads')}>
        ${repeat(
          items,
          (item) => item.id,
          (item) => this.#renderItem(item, format),
        )}
      </ul>`;
  }

  #renderItem(item: UploadItem, format: UploadFormat): TemplateResult {
    const engine = this.engine;
    const active = item.state === 'queued' || item.state === 'uploading';
    const over = item.state === 'done' || item.state === 'failed' || item.state === 'cancelled';
    return html`<li part="item" class="item" data-state=${item.state}>
      <div class="row">
        <span class="name" title=${item.name}><bdi>${item.name}</bdi></span>
        ${
          active
            ? html`<button part="cancel-button" type="button" class="link" aria-label=${msg(str`Cancel upload of ${item.name}`)}
          @click=${() => engine?.cancel(item.id)}>${msg('Cancel')}</button>`
            : nothing
        }
        ${
          over && item.state !== 'done' && item.canRetry
            ? html`<button part="retry-button" type="button" class="link"
          aria-label=${msg(str`Retry upload of ${item.name}`)} @click=${() => engine?.retry(item.id)}>${msg('Retry')}</button>`
            : nothing
        }
        ${
          over
            ? html`<button part="remove-button" type="button" class="link" aria-label=${msg(str`Remove ${item.name} from the list`)}
          @click=${() => engine?.remove(item.id)}>${msg('Remove')}</button>`
            : nothing
        }
      </div>
      ${
        item.state === 'done' && item.asset
          ? // A file already in the DAM keeps the existing asset's title: nothing to rename here.
            item.alreadyInDam
            ? nothing
            : this.#renderTitle(item, item.asset)
          : html`<progress part="progress" class="progress" max="100" value=${ifDefined(item.state === 'processing' ? undefined : item.percent)}
            aria-label=${msg(str`Upload of ${item.name}`)} aria-valuetext=${statusText(item, format)}></progress>`
      }
      <p part="status" class="status" ?data-error=${item.state === 'failed'}>${statusText(item, format)}</p>
    </li>`;
  }

  #renderTitle(item: UploadItem, asset: DamAsset): TemplateResult {
    const id = `title-${item.id}`;
    const error = this.titleErrors.get(item.id);
    const saving = this.saving.has(item.id);
    return html`<form class="title-form" @submit=${(event: SubmitEvent) => this.#saveTitle(event, item, asset)}>
      <label class="visually-hidden" for=${id}>${msg(str`Title of ${item.name} in the DAM`)}</label>
      <input part="title-input" class="title-input" dir=${asset.title ? 'auto' : nothing} id=${id} .value=${live(asset.title)} ?disabled=${saving}
        aria-invalid=${error ? 'true' : 'false'} aria-describedby=${ifDefined(error ? `${id}-error` : undefined)}
        @keydown=${(event: KeyboardEvent) => this.#onTitleKeydown(event, asset)} />
      <button part="save-title-button" type="submit" class="save" ?disabled=${saving}>${msg('Save title')}</button>
      ${error ? html`<p class="title-error" id=${`${id}-error`}>${error}</p>` : nothing}
    </form>`;
  }

  async #saveTitle(event: SubmitEvent, item: UploadItem, asset: DamAsset): Promise<void> {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).querySelector('input');
    const title = input?.value.trim() ?? '';
    const errors = new Map(this.titleErrors);
    if (!title) {
      this.titleErrors = errors.set(item.id, msg('A title can not be empty.'));
      return;
    }
    if (title === asset.title || !this.engine) return;
    this.saving = new Set(this.saving).add(item.id);
    try {
      const renamed = await this.engine.renameAsset(item.id, title);
      errors.delete(item.id);
      this.#uploads.announce(msg(str`Title saved: ${renamed.title}`));
    } catch (error) {
      errors.set(item.id, msg(str`The title was not saved. ${errorText(error)}`));
    } finally {
      const saving = new Set(this.saving);
      saving.delete(item.id);
      this.saving = saving;
      this.titleErrors = errors;
    }
  }

  #onTitleKeydown(event: KeyboardEvent, asset: DamAsset): void {
    if (event.key !== 'Escape') return;
    // Escape undoes the edit; it belongs to the field (a surrounding dialog stays open).
    const input = event.currentTarget as HTMLInputElement;
    if (input.value === asset.title) return;
    event.preventDefault();
    event.stopPropagation();
    input.value = asset.title;
  }

  readonly #onDragOver = (event: DragEvent): void => {
    if (!dataTransferHasFiles(event.dataTransfer)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = this.ready ? 'copy' : 'none';
    this.dragging = true;
  };

  readonly #onDragLeave = (event: DragEvent): void => {
    const zone = event.currentTarget as HTMLElement;
    if (event.relatedTarget instanceof Node && zone.contains(event.relatedTarget)) return;
    this.dragging = false;
  };

  readonly #onDrop = (event: DragEvent): void => {
    if (!dataTransferHasFiles(event.dataTransfer)) return;
    event.preventDefault();
    this.handleDrop(event.dataTransfer);
  };

  readonly #onInputChange = (event: Event): void => {
    const input = event.currentTarget as HTMLInputElement;
    if (!input.files) return;
    const files = Array.from(input.files);
    input.value = ''; // choosing the same file again fires `change` again
    this.addFiles(files);
  };

  #hint(format: UploadFormat): string {
    if (!this.ready) return this.#unavailableText();
    const parts = [this.folderName ? msg(str`Files go to ${`\u2068${this.folderName}\u2069`}.`) : msg('Files go to the current folder.')];
    const types = parseFileTypes(this.fileTypes);
    if (types.length > 0) parts.push(msg(str`Allowed: ${format.list(types.map((t) => t.toUpperCase()))}.`));
    if (this.maxFileSize > 0) parts.push(msg(str`Up to ${format.bytes(this.maxFileSize)} per file.`));
    return parts.join(' ');
  }

  #unavailableText(): string {
    if (!this.engine || this.disabled) return msg('Uploading is not available here.');
    return msg('Open a folder to upload files into it.');
  }

  #accept(): string | undefined {
    const types = parseFileTypes(this.fileTypes);
    return types.length > 0 ? types.map((type) => `.${type}`).join(',') : undefined;
  }

  #note(text: string): void {
    this.messages = [text];
    this.#uploads.announce(text);
  }

  /** Sizes, percentages and lists in the element's language. */
  #format(): UploadFormat {
    return new UploadFormat(this.locale);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dam-upload-dropzone': DamUploadDropzone;
  }
}
