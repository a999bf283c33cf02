// <dam-picker>: the whole picker. Holds the configuration (attributes), the
// DAM session, the search and the selection, and lays out the search box,
// the result grid and the confirm bar.
import { msg, str } from '@lit/localize';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { InfiniteQueryObserverResult } from '@tanstack/query-core';
import type { TokenStorage } from '../../api/auth.js';
import { DamError } from '../../api/errors.js';
import { createQueryClient, type SearchData } from '../../api/query.js';
import type { AssetKind, DamAsset, ProviderName, SearchQuery } from '../../api/types.js';
import type { DamAssetGrid } from '../dam-asset-grid/dam-asset-grid.js';
import { damEvent, DAM_CANCEL, DAM_ERROR, DAM_SELECT, type DamErrorDetail } from './dam-picker.events.js';
import { styles } from './dam-picker.styles.js';
import { PickerSession, type SessionConfig } from './picker-session.js';
import { SearchController } from './search-controller.js';
import { Selection, type SelectionMode } from './selection.js';

const ASSET_KINDS: readonly AssetKind[] = ['image', 'video', 'audio', 'document', 'other'];
const PROVIDER_LABELS: Record<ProviderName, string> = { brandworkz: 'Brandworkz', bynder: 'Bynder' };

/** Splits a comma list attribute into trimmed, lower-case, non-empty entries. */
function commaList(value: string | null | undefined): string[] {
  return (value ?? '').split(',').map((part) => part.trim().toLowerCase()).filter(Boolean);
}

/**
 * An asset picker for a digital asset management system: sign in, search, pick, confirm.
 *
 * @summary Pick assets from Brandworkz or Bynder; the host receives them as JSON.
 *
 * @fires dam-select - The user confirmed a selection. `detail: { assets: DamAsset[] }`
 * @fires dam-cancel - The user dismissed the picker. `detail: {}`
 * @fires dam-error - Something failed that the user cannot fix in place. `detail: { code, message, status? }`
 *
 * @csspart base - The picker's outer box.
 * @csspart header - The top bar with the DAM's name and the sign-out button.
 * @csspart toolbar - The search box and the result count.
 * @csspart count - The number of results.
 * @csspart error - The error banner.
 * @csspart sign-in - The signed-out panel.
 * @csspart footer - The bar with the selected count and the buttons.
 * @csspart confirm-button - The button that confirms the selection.
 * @csspart cancel-button - The button that cancels.
 *
 * @cssproperty --dam-font-family - Font of the whole picker.
 * @cssproperty --dam-color-background - Background colour.
 * @cssproperty --dam-color-text - Text colour.
 * @cssproperty --dam-color-muted - Secondary text colour.
 * @cssproperty --dam-color-border - Border colour.
 * @cssproperty --dam-color-accent - Accent colour (buttons, focus, selection).
 * @cssproperty --dam-color-on-accent - Text on the accent colour.
 * @cssproperty --dam-color-danger - Error colour.
 * @cssproperty --dam-radius - Corner radius.
 * @cssproperty --dam-spacing - Base spacing unit.
 * @cssproperty --dam-picker-height - Height of the picker (default 600px).
 */
export class DamPicker extends LitElement {
  static override styles = styles;

  /** Which DAM API to speak: `brandworkz` or `bynder`. */
  @property({ reflect: true }) provider: ProviderName | '' = '';
  /** Brandworkz: the site passed as `clientURL` to /getAPIURL. Bynder: the portal origin. */
  @property() site = '';
  /** Brandworkz only: where /getAPIURL lives. */
  @property({ attribute: 'discovery-url' }) discoveryUrl = '';
  /** The OAuth client (consumer) id. */
  @property({ attribute: 'client-id' }) clientId = '';
  /** The OAuth redirect URI; default: this page's URL without query and hash. */
  @property({ attribute: 'redirect-uri' }) redirectUri = '';
  /** Send code exchange and refresh here instead of the DAM's token endpoint. */
  @property({ attribute: 'token-url' }) tokenUrl = '';
  /** Where tokens are kept: `session` (default), `memory`, or `local` (opt-in). */
  @property({ attribute: 'token-storage' }) tokenStorage: TokenStorage = 'session';
  /** `single` (default) or `multiple`. */
  @property({ reflect: true }) selection: SelectionMode = 'single';
  /** Upper bound of the selection in `multiple` mode. */
  @property({ attribute: 'max-items', type: Number }) maxItems: number | undefined;
  /** Comma list of asset types (e.g. `Image,Video`); default: all. */
  @property({ attribute: 'asset-types' }) assetTypes = '';
  /** Comma list of file suffixes (e.g. `png,jpg`). */
  @property({ attribute: 'file-types' }) fileTypes = '';
  /** Restrict browsing and search to this folder or collection id. */
  @property({ attribute: 'root-folder' }) rootFolder = '';
  /** Hits per request (default 50). */
  @property({ attribute: 'page-size', type: Number }) pageSize = 50;
  /** Ids to preselect. */
  @property({ attribute: false }) selectedIds: string[] = [];
  /** The host supplies access tokens itself; no sign-in UI then. */
  @property({ attribute: false }) tokenProvider: (() => Promise<string>) | undefined;

  @state() private keyword = '';
  @state() private notice = '';

  readonly #queryClient = createQueryClient();
  readonly #selection = new Selection();
  readonly #session = new PickerSession(this, (error) => this.#emitError(error));
  readonly #search = new SearchController(this, this.#queryClient, (result) => this.#onSearchResult(result));
  #reportedError: Error | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('role')) this.setAttribute('role', 'region');
    if (!this.hasAttribute('aria-label')) this.setAttribute('aria-label', msg('Asset picker'));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('selection') || changed.has('maxItems')) {
      this.#selection.mode = this.selection === 'multiple' ? 'multiple' : 'single';
      this.#selection.maxItems = this.selection === 'multiple' && this.maxItems && this.maxItems > 0 ? this.maxItems : Infinity;
    }
    if (changed.has('selectedIds') || changed.has('selection') || changed.has('maxItems')) {
      this.#selection.reset(this.selectedIds ?? []);
      this.#selection.remember(this.#search.assets);
    }
    const sessionKeys = ['provider', 'site', 'discoveryUrl', 'clientId', 'redirectUri', 'tokenUrl', 'tokenStorage', 'pageSize', 'tokenProvider'] as const;
    if (sessionKeys.some((key) => changed.has(key))) {
      this.#search.clear();
      this.#session.configure(this.#sessionConfig());
    }
    if (this.#session.status === 'ready' && this.#session.provider) {
      this.#search.setQuery(this.#session.provider, this.#session.scope, this.#query());
    } else if (this.#search.result) {
      this.#search.clear();
    }
  }

  #sessionConfig(): SessionConfig {
    return {
      provider: this.provider,
      site: this.site,
      discoveryUrl: this.discoveryUrl || undefined,
      clientId: this.clientId || undefined,
      redirectUri: this.redirectUri || undefined,
      tokenUrl: this.tokenUrl || undefined,
      tokenStorage: this.tokenStorage,
      pageSize: this.pageSize > 0 ? this.pageSize : 50,
      tokenProvider: this.tokenProvider,
    };
  }

  /** The user's keyword combined with the integrator's restrictions. */
  #query(): SearchQuery {
    const kinds = commaList(this.assetTypes).filter((kind): kind is AssetKind => (ASSET_KINDS as string[]).includes(kind));
    return {
      keyword: this.keyword,
      ...(this.rootFolder ? { folderId: this.rootFolder, folderScope: 'descendants' as const } : {}),
      ...(kinds.length ? { assetTypes: kinds } : {}),
      ...(this.fileTypes ? { fileTypes: commaList(this.fileTypes).map((type) => type.replace(/^\./, '')) } : {}),
    };
  }

  #onSearchResult(result: InfiniteQueryObserverResult<SearchData, Error>): void {
    this.#selection.remember(this.#search.assets);
    if (result.error && result.error !== this.#reportedError) {
      this.#reportedError = result.error;
      const error = result.error;
      if (error instanceof DamError && error.code === 'unauthorized') return; // the session shows the sign-in again
      if (!(error instanceof DamError) || ['service-unavailable', 'network', 'rate-limited', 'malformed-response'].includes(error.code)) {
        this.#emitError(error);
      }
    }
  }

  #emitError(error: Error): void {
    const detail: DamErrorDetail = {
      code: error instanceof DamError ? error.code : 'error',
      message: error.message,
      ...(error instanceof DamError && error.status !== undefined ? { status: error.status } : {}),
    };
    this.dispatchEvent(damEvent(DAM_ERROR, detail));
  }

  #onSearchChange(event: CustomEvent<{ value: string }>): void {
    this.keyword = event.detail.value;
  }

  #onToggle(event: CustomEvent<{ asset: DamAsset }>): void {
    if (!this.#selection.toggle(event.detail.asset)) {
      this.notice = msg(str`You can pick at most ${this.maxItems} assets.`);
    } else {
      this.notice = '';
    }
    this.requestUpdate();
  }

  #onActivate(event: CustomEvent<{ asset: DamAsset }>): void {
    if (this.#selection.mode !== 'single') return;
    this.#selection.select(event.detail.asset);
    void this.confirm();
  }

  /** Confirms the current selection: fires `dam-select`. */
  async confirm(): Promise<void> {
    const provider = this.#session.provider;
    const missing = this.#selection.missing();
    if (missing.length && provider) {
      try {
        this.#selection.remember(await provider.getAssets(missing));
      } catch (error) {
        this.#emitError(error instanceof Error ? error : new Error(String(error)));
      }
    }
    const assets = this.#selection.assets();
    if (assets.length === 0) return;
    this.dispatchEvent(damEvent(DAM_SELECT, { assets }));
  }

  /** Dismisses the picker: fires `dam-cancel`. */
  cancel(): void {
    this.dispatchEvent(damEvent(DAM_CANCEL, {}));
  }

  override render() {
    const status = this.#session.status;
    const providerName = this.provider ? PROVIDER_LABELS[this.provider] ?? this.provider : 'DAM';
    return html`<div part="base" class="picker">
      <div class="header" part="header">
        <h2 class="title">${msg(str`Choose from ${providerName}`)}</h2>
        ${this.#session.canSignOut
          ? html`<button class="link" type="button" @click=${() => void this.#session.signOut()}>${msg('Sign out')}</button>`
          : nothing}
      </div>
      <div class="body">${this.#renderBody(status, providerName)}</div>
      ${this.#renderFooter()}
    </div>`;
  }

  #renderBody(status: string, providerName: string) {
    switch (status) {
      case 'unconfigured':
        return html`<p class="panel" part="error" role="alert">
          ${msg('The picker is not configured: set provider, site and client-id.')}
        </p>`;
      case 'connecting':
        return html`<p class="panel" role="status">${msg(str`Connecting to ${providerName}…`)}</p>`;
      case 'failed':
        return this.#renderError(this.#session.error, () => this.#session.retry());
      case 'signed-out':
      case 'signing-in':
        return html`<section class="panel sign-in" part="sign-in">
          ${this.#session.error ? html`<p class="error" role="alert">${this.#session.error.message}</p>` : nothing}
          <button class="primary" type="button" ?disabled=${status === 'signing-in'} @click=${() => void this.#session.signIn()}>
            ${status === 'signing-in' ? msg('Signing in…') : msg(str`Sign in to ${providerName}`)}
          </button>
          <p class="hint">${msg('A window opens where you sign in. Your password is never shared with this page.')}</p>
        </section>`;
      default:
        return this.#renderResults();
    }
  }

  #renderResults() {
    const result = this.#search.result;
    const assets = this.#search.assets;
    const total = result?.data?.pages.at(-1)?.total ?? 0;
    const loading = !result || (result.isPending && !result.isError);
    const failedFirstPage = result?.isError && !result.isFetchNextPageError;
    const count = loading
      ? msg('Searching…')
      : failedFirstPage
        ? ''
        : msg(str`${new Intl.NumberFormat(this.#locale()).format(total)} results`);
    return html`<div class="toolbar" part="toolbar">
        <dam-search-box .value=${this.keyword} @search-change=${this.#onSearchChange}></dam-search-box>
        <span class="count" part="count" role="status" aria-live="polite">${count}</span>
      </div>
      ${result?.isError ? this.#renderError(result.error, () => this.#search.retry()) : nothing}
      ${failedFirstPage
        ? nothing
        : html`<dam-asset-grid
            .assets=${assets}
            .total=${total}
            .loading=${loading}
            .loadingMore=${result?.isFetchingNextPage ?? false}
            .hasMore=${(result?.hasNextPage ?? false) && !result?.isFetchNextPageError}
            .selectedIds=${this.#selection.ids}
            .multiple=${this.#selection.mode === 'multiple'}
            .selectionFull=${this.#selection.full}
            @grid-toggle=${this.#onToggle}
            @grid-activate=${this.#onActivate}
            @grid-load-more=${() => this.#search.loadMore()}
          ></dam-asset-grid>`}`;
  }

  #renderError(error: Error | undefined | null, retry: () => void) {
    return html`<div class="banner" part="error" role="alert">
      <span>${error?.message ?? msg('Something went wrong.')}</span>
      <button type="button" @click=${retry}>${msg('Try again')}</button>
    </div>`;
  }

  #renderFooter() {
    const count = this.#selection.size;
    const max = this.#selection.mode === 'multiple' && Number.isFinite(this.#selection.maxItems) ? this.#selection.maxItems : undefined;
    const label = max === undefined ? msg(str`${count} selected`) : msg(str`${count} of ${max} selected`);
    return html`<div class="footer" part="footer">
      <span class="selected" aria-live="polite">${label}</span>
      ${this.notice ? html`<span class="notice" role="status">${this.notice}</span>` : nothing}
      <span class="spacer"></span>
      <button type="button" part="cancel-button" @click=${() => this.cancel()}>${msg('Cancel')}</button>
      <button type="button" class="primary" part="confirm-button" ?disabled=${count === 0} @click=${() => void this.confirm()}>
        ${count > 1 ? msg(str`Insert ${count} assets`) : msg('Insert')}
      </button>
    </div>`;
  }

  #locale(): string {
    return this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
  }

  /** The grid, for focus management by hosts and tests. */
  get grid(): DamAssetGrid | null {
    return this.renderRoot.querySelector('dam-asset-grid');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dam-picker': DamPicker;
  }
}
