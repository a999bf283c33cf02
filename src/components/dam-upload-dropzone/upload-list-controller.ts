// Follows an UploadEngine for <dam-upload-dropzone>: subscribes while the host is connected, keeps
// the item snapshots and totals, words what screen readers should hear, reports finished and
// failed uploads to the host, and resumes uploads a network drop interrupted once the browser is
// back online.
import { msg, str } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DamError } from '../../api/errors.js';
import type { DamAsset } from '../../api/types.js';
import type { UploadItem, UploadTotals } from '../../api/upload/types.js';
import type { UploadEngine } from '../../api/upload/upload-engine.js';
import { failureText, type UploadFormat } from './upload-messages.js';

export interface UploadListEvents {
  done(item: UploadItem, asset: DamAsset): void;
  failed(item: UploadItem, error: DamError): void;
  renamed(item: UploadItem, asset: DamAsset): void;
}

const MILESTONES = [25, 50, 75];

export class UploadListController implements ReactiveController {
  items: readonly UploadItem[] = [];
  totals: UploadTotals | undefined;
  /** The latest message for the live region. */
  announcement = '';

  readonly #host: ReactiveControllerHost;
  readonly #events: UploadListEvents;
  readonly #format: () => UploadFormat;
  #engine: UploadEngine | undefined;
  #connected = false;
  #unsubscribe: Array<() => void> = [];
  /** The last progress milestone announced per item. */
  readonly #announced = new Map<string, number>();

  constructor(host: ReactiveControllerHost, events: UploadListEvents, format: () => UploadFormat) {
    this.#host = host;
    this.#events = events;
    this.#format = format;
    host.addController(this);
  }

  get engine(): UploadEngine | undefined {
    return this.#engine;
  }

  set engine(engine: UploadEngine | undefined) {
    if (engine === this.#engine) return;
    this.#stop();
    this.#engine = engine;
    if (this.#connected) this.#start();
    else this.#sync();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#start();
    globalThis.addEventListener?.('online', this.#onOnline);
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#stop();
    globalThis.removeEventListener?.('online', this.#onOnline);
  }

  /** Sets the live region's text (the host also announces rejections and saved titles). */
  announce(text: string): void {
    // The same words twice in a row would not be read again: vary them invisibly.
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
    this.#host.requestUpdate();
  }

  #start(): void {
    const engine = this.#engine;
    if (!engine) return;
    this.#unsubscribe = [
      engine.on('added', ({ items }) => {
        this.#sync();
        this.announce(items.length === 1 ? msg(str`Uploading ${items[0]?.name ?? ''}.`) : msg(str`Uploading ${this.#format().count(items.length)} files.`));
      }),
      engine.on('removed', () => this.#sync()),
      engine.on('progress', ({ item }) => {
        this.#sync();
        this.#milestone(item);
      }),
      engine.on('state', ({ item }) => {
        this.#sync();
        if (item.state === 'cancelled') this.announce(msg(str`Upload of ${item.name} cancelled.`));
        if (item.state === 'processing') this.announce(msg(str`${item.name} uploaded; the DAM is processing it.`));
      }),
      engine.on('done', ({ item, asset }) => {
        this.#announced.delete(item.id);
        this.announce(
          item.alreadyInDam ? msg(str`${item.name} is already in the DAM as “${asset.title}”.`) : msg(str`${item.name} is in the DAM as “${asset.title}”.`),
        );
        this.#events.done(item, asset);
      }),
      engine.on('failed', ({ item, error }) => {
        this.#announced.delete(item.id);
        this.announce(msg(str`${item.name} failed. ${failureText(error)}`));
        this.#events.failed(item, error);
      }),
      engine.on('renamed', ({ item, asset }) => this.#events.renamed(item, asset)),
    ];
    this.#sync();
  }

  #stop(): void {
    for (const off of this.#unsubscribe) off();
    this.#unsubscribe = [];
  }

  #sync(): void {
    this.items = this.#engine?.items ?? [];
    this.totals = this.#engine?.totals;
    this.#host.requestUpdate();
  }

  #milestone(item: UploadItem): void {
    if (item.state !== 'uploading') return;
    const reached = MILESTONES.filter((m) => item.percent >= m).at(-1);
    if (reached === undefined || reached <= (this.#announced.get(item.id) ?? 0)) return;
    this.#announced.set(item.id, reached);
    this.announce(msg(str`${item.name}: ${this.#format().percent(reached)} uploaded.`));
  }

  readonly #onOnline = (): void => {
    for (const item of this.#engine?.items ?? []) {
      if (item.state === 'failed' && item.error?.code === 'network') this.#engine?.retry(item.id);
    }
  };
}
