// <dam-picker>: the whole picker. Holds the configuration (attributes), the
// DAM session, the search, the browse state and the selection, and lays out the
// search box, the sidebar (folders, filters), the result grid and the confirm bar.
import { ContextProvider } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import type { InfiniteQueryObserverResult } from '@tanstack/query-core';
import { DamError } from '../../api/errors.js';
import { createQueryClient, type SearchData } from '../../api/query.js';
import type { ProviderName } from '../../api/types.js';
import type { DamAssetGrid } from '../dam-asset-grid/dam-asset-grid.js';
import { BrowseController } from './browse-controller.js';
import { damContext, type DamContextValue } from './dam-picker.context.js';
import type { UploadCompleteDetail, UploadFailedDetail } from '../dam-upload-dropzone/dam-upload-dropzone.types.js';
import { damEvent, DAM_CANCEL, DAM_ERROR, DAM_SELECT, DAM_UPLOAD, type DamErrorDetail } from './dam-picker.events.js';
import { DamPickerProperties } from './dam-picker.properties.js';
import { styles } from './dam-picker.styles.js';
import { visuallyHidden } from '../shared.styles.js';
import { PickerSession, type SessionConfig } from './picker-session.js';
import { renderBrowseBar, renderFooter, renderResultGrid, renderSidebar, renderStatusPanel, renderUpload } from './picker-templates.js';
import { allowedAsset, findWithinRestrictions, parseFacetFields, parseRestrictions, type Restrictions } from './restrictions.js';
import { SearchController } from './search-controller.js';
import { SelectionController } from './selection-controller.js';
import { PickerUploadController } from './upload-controller.js';
import { RenditionChooser } from './rendition-chooser.js';
import { WidthController } from './width-controller.js';
import { directionOf, nearestLang, releasePickerLocale, requestPickerLocale, setStrings } from '../../locales/localization.js';

const PROVIDER_LABELS: Record<ProviderName, string> = { brandworkz: 'Brandworkz', bynder: 'Bynder' };

/**
 * An asset picker for a digital asset management system: sign in, search, pick, confirm.
 *
 * @tag dam-picker
 * @summary Pick assets from Brandworkz or Bynder; the host receives them as JSON.
 *
 * @fires dam-select - The user confirmed a selection. `detail: { assets: DamAsset[] }`
 * @fires dam-upload - A file was uploaded and imported into the DAM (and picked). `detail: { asset: DamAsset }`
 * @fires dam-cancel - The user dismissed the picker. `detail: {}`
 * @fires dam-error - Something failed that the user cannot fix in place. `detail: { code, message, status? }`
 *
 * @csspart base - The picker's outer box.
 * @csspart header - The top bar with the DAM's name and the sign-out button.
 * @csspart toolbar - The search box and the result count.
 * @csspart sidebar-toggle - The button that shows and hides the sidebar.
 * @csspart count - The number of results.
 * @csspart sidebar - The folder tree and the filters beside the results (collapsible; overlays the results on narrow widths).
 * @csspart folder-tree - The `<dam-folder-tree>`; its rows are also exported as `tree-item` and `tree-item-label`.
 * @csspart facet-list - The `<dam-facet-list>`; also exported: `facet-chip`, `facet-clear-all`, `facet-option`, `facet-count`.
 * @csspart browse-bar - The bar above the results: breadcrumb and folder scope.
 * @csspart breadcrumb - The `<dam-breadcrumb>` of the current folder.
 * @csspart scope - The "This folder and below" / "This folder only" choice.
 * @csspart error - The error banner.
 * @csspart sign-in - The signed-out panel.
 * @csspart footer - The bar with the selected count and the buttons.
 * @csspart selection - The list of selected assets in the footer.
 * @csspart selection-item - One selected asset.
 * @csspart selection-remove - The button that removes an asset from the selection.
 * @csspart confirm-button - The button that confirms the selection.
 * @csspart renditions - The rendition chooser in the footer (Bynder images), with `rendition-preset` and `rendition-format` selects.
 * @csspart upload-destination - The brand chooser beside the dropzone (Bynder, several brands).
 * @csspart cancel-button - The button that cancels.
 *
 * @cssproperty --dam-color-scheme - `light dark` (default: follow `prefers-color-scheme`), `light` or `dark`; set by `theme`. Every element inside reads it.
 * @cssproperty --dam-font-family - Font of the whole picker.
 * @cssproperty --dam-font-size - Base font size (default 14px; 13px in `density="compact"`).
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
 * @cssproperty --dam-sidebar-width - Width of the sidebar (default 260px).
 * @cssproperty --dam-color-focus - Focus ring colour (default: the accent).
 * @cssproperty --dam-color-hover - Background of hovered rows and tiles.
 * @cssproperty --dam-color-selected - Background of selected tiles, the current folder and filter chips.
 * @cssproperty --dam-thumbnail-size - Width of a thumbnail tile (default 160px; 112px in `density="compact"`).
 * @cssproperty --dam-grid-gap - Gap between tiles (default 12px).
 *
 * @attr lang - BCP 47 language of the UI (`en`, `de`, `fr`, `nl`, `es`, `ar`; others fall back to English) and of numbers. Default: the nearest `lang` around the picker. Arabic lays the picker out right to left.
 */
@localized()
export class DamPicker extends DamPickerProperties {
  static override styles = [visuallyHidden, styles];

  /**
   * Overrides individual UI strings of one locale, keyed by the English text (placeholders `{0}`, `{1}`, …):
   * `DamPicker.setStrings('de', { Insert: 'Übernehmen' })`. Applies to every picker on the page.
   */
  static setStrings = setStrings;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  @state() private keyword = '';
  /** The user's choice; `undefined`: open when wide, closed when narrow. */
  @state() private sidebarOpen: boolean | undefined;

  readonly #queryClient = createQueryClient();
  readonly #picks = new SelectionController(this, { formatNumber: (value) => this.#number(value), restrictions: () => this.#restrictions });
  readonly #selection = this.#picks.selection;
  // The editor's sign-out drops the selection (an expired session keeps it).
  readonly #session = new PickerSession(this, (error) => this.#emitError(error), () => {
    this.#selection.clear();
    this.#picks.notice = '';
    this.requestUpdate();
  });
  readonly #search = new SearchController(this, this.#queryClient, (result) => this.#onSearchResult(result));
  readonly #browse = new BrowseController(this, this.#queryClient);
  readonly #width = new WidthController(this);
  readonly #uploads = new PickerUploadController(this);
  readonly #context = new ContextProvider(this, { context: damContext });
  #restrictions: Restrictions = parseRestrictions('', '', '');
  #reportedError: Error | null = null;
  /** Results of a signed-in session are in the query cache. */
  #servedSession = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('role')) this.setAttribute('role', 'region');
    if (!this.hasAttribute('aria-label')) this.setAttribute('aria-label', msg('Asset picker'));
    this.#followLang();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    releasePickerLocale(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value && this.isConnected) this.#followLang();
  }

  #localeLoad: Promise<void> = Promise.resolve();
  #followLang(): void {
    this.#localeLoad = requestPickerLocale(this, this.#locale()).catch((error: unknown) => console.warn('[dam-picker] could not load the language:', error));
    this.requestUpdate();
  }

  /** Also waits for the language of `lang` to be loaded and rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const first = await super.getUpdateComplete();
    await this.#localeLoad;
    return (await super.getUpdateComplete()) && first;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('selection') || changed.has('maxItems')) {
      this.#selection.mode = this.selection === 'multiple' ? 'multiple' : 'single';
      this.#selection.maxItems = this.selection === 'multiple' && this.maxItems && this.maxItems > 0 ? this.maxItems : Infinity;
    }
    if (changed.has('selectedIds') || changed.has('selection') || changed.has('maxItems')) {
      this.#selection.reset(this.selectedIds ?? []);
      this.#selection.remember(this.#search.assets.filter((asset) => allowedAsset(asset, this.#restrictions)));
    }
    const sessionKeys = ['provider', 'site', 'discoveryUrl', 'clientId', 'redirectUri', 'tokenUrl', 'tokenStorage', 'signInRedirect', 'pageSize', 'tokenProvider', 'facetFields'] as const;
    if (sessionKeys.some((key) => changed.has(key))) {
      this.#search.clear();
      this.#session.configure(this.#sessionConfig());
    }
    if (changed.has('assetTypes') || changed.has('fileTypes') || changed.has('rootFolder')) {
      this.#restrictions = parseRestrictions(this.assetTypes ?? '', this.fileTypes ?? '', this.rootFolder ?? '');
    }
    const provider = this.#session.provider;
    if (this.#session.status === 'ready' && provider) {
      const scope = this.#session.scope;
      if (this.#context.value?.provider !== provider || this.#context.value.scope !== scope) {
        this.#context.setValue({ provider, queryClient: this.#queryClient, scope } satisfies DamContextValue);
      }
      this.#servedSession = true;
      this.#browse.connect(provider, scope, this.#restrictions);
      const query = this.#browse.query(this.keyword);
      this.#search.setQuery(provider, scope, query);
      this.#browse.watchFacets(query);
      this.#uploads.sync(this.upload ? provider : undefined);
    } else {
      // Signed out (or reconfigured): nothing fetched for the previous session may be shown to the next.
      if (this.#servedSession) this.#queryClient.clear();
      this.#servedSession = false;
      this.#uploads.sync(undefined);
      if (this.#search.result) this.#search.clear();
      this.#browse.disconnect();
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
      signInRedirect: this.signInRedirect,
      pageSize: this.pageSize > 0 ? this.pageSize : 50,
      tokenProvider: this.tokenProvider,
      facetFields: parseFacetFields(this.facetFields),
    };
  }

  #onSearchResult(result: InfiniteQueryObserverResult<SearchData, Error>): void {
    this.#selection.remember(this.#search.assets.filter((asset) => allowedAsset(asset, this.#restrictions)));
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

  /** Escape closes the sidebar where it overlays the results. */
  #onSidebarKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.#width.narrow || event.defaultPrevented) return;
    this.sidebarOpen = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="sidebar-toggle"]')?.focus());
  }

  /** An upload was imported: pick it and tell the host. */
  #onUploaded(event: CustomEvent<UploadCompleteDetail>): void {
    this.#picks.uploaded(event.detail.asset);
    this.dispatchEvent(damEvent(DAM_UPLOAD, { asset: event.detail.asset }));
  }

  #onUploadFailed(event: CustomEvent<UploadFailedDetail>): void {
    // The dropzone shows the message in place; only what the user cannot fix there goes to the host.
    if (['unauthorized', 'service-unavailable', 'network'].includes(event.detail.error.code)) this.#emitError(event.detail.error);
  }

  /** Confirms the current selection: fires `dam-select`. */
  async confirm(): Promise<void> {
    const provider = this.#session.provider;
    const missing = this.#selection.missing();
    if (missing.length && provider) {
      try {
        this.#selection.remember(await findWithinRestrictions(provider, missing, this.#restrictions));
      } catch (error) {
        this.#emitError(error instanceof Error ? error : new Error(String(error)));
      }
    }
    const chosen = this.#selection.assets().filter((asset) => allowedAsset(asset, this.#restrictions));
    const assets = this.#renditions.apply(provider, chosen);
    if (assets.length === 0) return;
    this.dispatchEvent(damEvent(DAM_SELECT, { assets }));
  }

  /** The rendition inserted for images that have renditions (Bynder DAT); chosen in the footer. */
  readonly #renditions = new RenditionChooser(() => this.requestUpdate());

  /** Dismisses the picker: fires `dam-cancel`. */
  cancel(): void {
    this.dispatchEvent(damEvent(DAM_CANCEL, {}));
  }

  override render() {
    const status = this.#session.status;
    const providerName = this.provider ? PROVIDER_LABELS[this.provider] ?? this.provider : 'DAM';
    const locale = this.#locale();
    return html`<div part="base" class="picker" lang=${locale} dir=${directionOf(locale)}>
      <div class="header" part="header">
        <h2 class="title">${msg(str`Choose from ${providerName}`)}</h2>
        ${this.#session.canSignOut
          ? html`<button class="link" type="button" @click=${() => void this.#session.signOut()}>${msg('Sign out')}</button>`
          : nothing}
      </div>
      <div class="body">
        ${status === 'ready'
          ? this.#renderResults()
          : renderStatusPanel(status, providerName, this.#session.error, {
              retry: () => this.#session.retry(),
              signIn: () => void this.#session.signIn(),
            })}
      </div>
      ${renderFooter({
        selection: this.#selection,
        locale,
        notice: this.#picks.notice,
        onRemove: (asset) => this.#picks.remove(asset),
        onCancel: () => this.cancel(),
        onConfirm: () => void this.confirm(),
        renditions: this.#renditions.view(this.#session.provider, this.#selection.assets()),
      })}
    </div>`;
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
    const browse = this.#browse;
    const narrow = this.#width.narrow;
    const sidebarOpen = this.sidebarOpen ?? !narrow;
    const filterCount = Object.values(browse.filters).reduce((sum, values) => sum + values.length, 0);
    return html`<div class="toolbar" part="toolbar">
        <button type="button" class="sidebar-toggle" part="sidebar-toggle" aria-expanded=${String(sidebarOpen)} aria-controls="sidebar"
          @click=${() => (this.sidebarOpen = !sidebarOpen)}>
          ${filterCount ? msg(str`Folders and filters (${this.#number(filterCount)})`) : msg('Folders and filters')}
        </button>
        <dam-search-box .value=${this.keyword} @search-change=${this.#onSearchChange}></dam-search-box>
        <span class="count" part="count" role="status" aria-live="polite">${count}</span>
      </div>
      <div class="content ${narrow ? 'narrow' : ''}">
        ${renderSidebar({
          ...browse.sidebarView(),
          open: sidebarOpen,
          locale: this.#locale(),
          onKeydown: (event) => this.#onSidebarKeydown(event),
          onSkip: () => (this.grid ?? this.renderRoot.querySelector<HTMLElement>('[part~="error"] button'))?.focus(),
        })}
        <div class="results">
          ${renderBrowseBar(browse.barView())}
          ${this.upload
            ? renderUpload({
                ...this.#uploads.view(),
                folder: browse.folder,
                fileTypes: this.fileTypes,
                maxFileSize: this.maxFileSize,
                onComplete: (event) => this.#onUploaded(event),
                onRenamed: (event) => this.#picks.remember([event.detail.asset]),
                onFailed: (event) => this.#onUploadFailed(event),
              })
            : nothing}
          ${renderResultGrid({
            result,
            assets,
            total,
            loading,
            selection: this.#selection,
            onToggle: (event) => this.#picks.toggle(event.detail.asset),
            onBlocked: () => this.#picks.sayLimit(),
            onActivate: (event) => void (this.#picks.activate(event.detail.asset) && this.confirm()),
            onLoadMore: () => this.#search.loadMore(),
            onRetry: () => this.#search.retry(),
          })}
        </div>
      </div>`;
  }

  #number(value: number): string {
    return new Intl.NumberFormat(this.#locale()).format(value);
  }

  /** The `lang` of the picker, else the nearest one around it (across shadow roots), else `en`. */
  #locale(): string {
    return nearestLang(this);
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
