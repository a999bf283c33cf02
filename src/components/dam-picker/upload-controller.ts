// The picker's side of uploading: one UploadEngine per signed-in provider, and
// the whole picker as a drop target while files are dragged over it (the drop
// goes to the dropzone, which owns checks, progress and retries).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DamProvider } from '../../api/types.js';
import { loadUploadEngine } from '../../api/upload/load.js';
import type { UploadEngine } from '../../api/upload/upload-engine.js';
import type { DamUploader, UploadDestination } from '../../api/upload/types.js';
import type { DamUploadDropzone } from '../dam-upload-dropzone/dam-upload-dropzone.js';
import { dataTransferHasFiles, filesOf } from '../dam-upload-dropzone/has-files.js';
import type { UploadView } from './picker-templates.js';

export class PickerUploadController implements ReactiveController {
  engine: UploadEngine | undefined;
  /** The engine's code is being fetched. */
  loading = false;
  /** Files are being dragged over the picker. */
  dragging = false;

  readonly #host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode };
  #provider: DamProvider | undefined;
  #depth = 0;

  constructor(host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode }) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.addEventListener('dragenter', this.#onDragEnter);
    this.#host.addEventListener('dragover', this.#onDragOver);
    this.#host.addEventListener('dragleave', this.#onDragLeave);
    this.#host.addEventListener('drop', this.#onDrop);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('dragenter', this.#onDragEnter);
    this.#host.removeEventListener('dragover', this.#onDragOver);
    this.#host.removeEventListener('dragleave', this.#onDragLeave);
    this.#host.removeEventListener('drop', this.#onDrop);
    this.sync(undefined);
  }

  /** What the dropzone needs from the picker's side of uploading. */
  view(): Pick<UploadView, 'engine' | 'loading' | 'dragging' | 'destinations' | 'destinationId' | 'destinationNoun' | 'onDestination'> {
    return {
      destinationNoun: this.#provider?.vocabulary.uploadDestination,
      engine: this.engine,
      loading: this.loading,
      dragging: this.dragging,
      destinations: this.destinations,
      destinationId: this.destinationId,
      onDestination: (id) => this.chooseDestination(id),
    };
  }

  /** Keeps one engine for the current provider; none when uploads are off or nobody is signed in. */
  sync(provider: DamProvider | undefined): void {
    const usable = provider?.createUploader ? provider : undefined;
    if (usable === this.#provider) return;
    this.engine?.dispose();
    this.#provider = usable;
    this.engine = undefined;
    this.loading = false;
    this.destinations = undefined;
    this.destinationId = undefined;
    const uploader = usable?.createUploader?.();
    if (!uploader) return;
    // The upload engine is a chunk of its own, loaded only by pickers that upload; files dropped meanwhile wait for it.
    this.loading = true;
    loadUploadEngine().then(
      (UploadEngine) => {
        if (this.#provider !== usable) return;
        this.engine = new UploadEngine(uploader);
        this.loading = false;
        this.#destinations(uploader);
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        if (this.#provider !== usable) return;
        this.loading = false;
        this.#host.requestUpdate();
        console.error('[dam-picker] could not load the upload code:', error);
      },
    );
  }

  #destinations(uploader: DamUploader): void {
    // Some DAMs (Bynder's brands) take files into a destination, not the folder being browsed: the first until the editor chooses.
    if (uploader.destinations) {
      this.destinations = [];
      const engine = this.engine;
      uploader.destinations().then(
        (destinations) => {
          if (this.engine !== engine) return;
          this.destinations = destinations;
          this.destinationId = destinations[0]?.id;
          this.#host.requestUpdate();
        },
        () => undefined,
      );
    }
  }

  /** Where uploads can go when that is not the folder being browsed (Bynder brands); `undefined` for folder-based DAMs. */
  destinations: UploadDestination[] | undefined;
  destinationId: string | undefined;

  chooseDestination(id: string): void {
    this.destinationId = id;
    this.#host.requestUpdate();
  }

  get #dropzone(): DamUploadDropzone | null {
    return this.#host.renderRoot.querySelector('dam-upload-dropzone');
  }

  #setDragging(dragging: boolean): void {
    if (this.dragging === dragging) return;
    this.dragging = dragging;
    this.#host.requestUpdate();
  }

  readonly #onDragEnter = (event: DragEvent): void => {
    if (!this.#dropzone || !dataTransferHasFiles(event.dataTransfer)) return;
    event.preventDefault();
    this.#depth++;
    this.#setDragging(true);
  };

  readonly #onDragOver = (event: DragEvent): void => {
    if (!this.#dropzone || !dataTransferHasFiles(event.dataTransfer)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  };

  readonly #onDragLeave = (): void => {
    this.#depth = Math.max(0, this.#depth - 1);
    if (this.#depth === 0) this.#setDragging(false);
  };

  readonly #onDrop = (event: DragEvent): void => {
    const dropzone = this.#dropzone;
    this.#depth = 0;
    this.#setDragging(false);
    if (!dropzone || !dataTransferHasFiles(event.dataTransfer)) return;
    event.preventDefault();
    // The dropzone handles drops on itself; anywhere else on the picker is passed on.
    if (event.composedPath().includes(dropzone)) return;
    if (typeof dropzone.handleDrop === 'function') {
      dropzone.handleDrop(event.dataTransfer);
      return;
    }
    // The dropzone's own code is still on its way: keep the files (the browser empties the drop's data after the event).
    const { files } = filesOf(event.dataTransfer!);
    void customElements.whenDefined('dam-upload-dropzone').then(() => this.#dropzone?.addFiles(files));
  };
}
