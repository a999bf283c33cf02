// The confirm step's last request: a file the host can publish for each confirmed asset that has none
// (`DamAsset.url`), asked of the DAM through `provider.resolveFileUrl` (Bynder: the download operation for
// private assets and non-images). On failure nothing is sent to the host, the selection stays, and the
// footer shows the error with a retry. Self-contained: the picker awaits `resolve()` and renders `view()`.
import { msg } from '@lit/localize';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { DamAsset, DamProvider } from '../../api/types.js';
import { errorText } from '../error-text.js';

export class FileUrls {
  readonly #host: ReactiveControllerHost;
  #error: unknown;
  #pending: AbortController | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** Whether a resolution is under way (a second confirm waits for it instead of starting another). */
  get busy(): boolean {
    return this.#pending !== undefined;
  }

  /**
   * The assets, each with `url` where the provider can resolve one; `undefined` when a request failed
   * (the error is shown by `view()`). Assets that already have a `url` are not asked for.
   */
  async resolve(provider: DamProvider | undefined, assets: DamAsset[]): Promise<DamAsset[] | undefined> {
    const resolveFileUrl = provider?.resolveFileUrl?.bind(provider);
    if (!resolveFileUrl || assets.every((asset) => asset.url)) return assets;
    const pending = new AbortController();
    this.#pending = pending;
    this.#error = undefined;
    this.#host.requestUpdate();
    try {
      return await Promise.all(assets.map((asset) => (asset.url ? Promise.resolve(asset) : resolveFileUrl(asset, pending.signal))));
    } catch (error) {
      this.#error = error;
      return undefined;
    } finally {
      this.#pending = undefined;
      this.#host.requestUpdate();
    }
  }

  /** The error with a retry, above the footer; nothing while there is none. */
  view(retry: () => void): TemplateResult | typeof nothing {
    if (this.#error === undefined) return nothing;
    return html`<div class="banner" part="confirm-error" role="alert">
      <span>${msg('The files could not be prepared for insertion.')} ${errorText(this.#error)}</span>
      <button type="button" @click=${retry}>${msg('Try again')}</button>
    </div>`;
  }
}
