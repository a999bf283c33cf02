// <dam-picker>: the whole picker. Its attributes configure a session with the DAM; what the editor does
// goes as intents to the picker state (picker-state.ts), whose one query feeds the query controllers
// (results, facets, browse root); their results render through picker-templates.ts. One direction:
// intent → state → query → results → render.
import { localized, msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { DamError } from '../../api/errors.js';
import { providerLabel } from '../../api/providers/index.js';
import type { DamAsset, DamFolder } from '../../api/types.js';
import type { DamAssetGrid } from '../dam-asset-grid/dam-asset-grid.js';
import type { UploadCompleteDetail, UploadFailedDetail } from '../dam-upload-dropzone/dam-upload-dropzone.types.js';
import type { DamErrorDetail } from './dam-picker.events.js';
import { DamPickerProperties, sessionOptions } from './dam-picker.properties.js';
import { styles } from './dam-picker.styles.js';
import { visuallyHidden } from '../shared.styles.js';
import { PickerSession, sessionConfig } from './picker-session.js';
import { PickerState } from './picker-state.js';
import { renderFooter, renderStatusPanel } from './picker-templates.js';
import { renderResults } from './results-template.js';
import { allowedAsset, findWithinRestrictions, isRestricted, parseRestrictions } from '../../api/restrictions.js';
import { SelectionController } from './selection-controller.js';
import { PickerUploadController } from './upload-controller.js';
import { LanguageController } from './language-controller.js';
import { PickerQueries } from './picker-queries.js';
import type { ResultsResult } from './results-controller.js';
import { RenditionChooser } from './rendition-chooser.js';
import { FileUrls } from './file-urls.js';
import { WidthController } from './width-controller.js';
import type { SidebarSheet } from './sidebar-sheet.js';
import { blockedReason, droppedText, RestrictedConfirm } from './restricted-assets.js';
import { parseSort, sortStyles } from './sort-control.js';
import { directionOf, setStrings } from '../../locales/localization.js';
import { AltTextController } from './alt-text.js';
import { DetailsController } from './details-controller.js';
import { RecentsStore } from './recents.js';
import { defineLazy } from '../../internal/lazy-elements.js';
import { afterNextPaint } from '../../internal/after-paint.js';

/** Search errors the host hears about (the rest are shown in place or lead back to the sign-in). */
const REPORTED_SEARCH_ERRORS = new Set(['service-unavailable', 'network', 'rate-limited', 'malformed-response']);

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
 * @attr lang - BCP 47 language of the UI (`en`, `de`, `fr`, `nl`, `es`, `ar`; others fall back to English) and of numbers. Default: the nearest `lang` around the picker. Arabic lays the picker out right to left.
 */
@localized()
export class DamPicker extends DamPickerProperties {
  static override styles = [visuallyHidden, ...styles, sortStyles];

  /**
   * Overrides individual UI strings of one locale, keyed by the English text (placeholders `{0}`, `{1}`, …):
   * `DamPicker.setStrings('de', { Insert: 'Übernehmen' })`. Applies to every picker on the page.
   */
  static setStrings = setStrings;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** The user's choice; `undefined`: open when wide, closed when narrow. */
  @state() private sidebarOpen: boolean | undefined;
  /**
   * The sidebar's code (folder tree, facets) is wanted: once the first results are shown with their thumbnails, or
   * when the editor opens the sidebar or reaches for it before. Not earlier, so that it is not on the way to them.
   */
  @state() private sidebarLoad = false;
  #sidebarScheduled = false;

  readonly #state = new PickerState(() => {
    this.#queries.watch();
    this.requestUpdate();
  });
  // A result list's first page: its first screen of thumbnails is fetched while the picker renders it.
  readonly #queries = new PickerQueries(
    this,
    this.#state,
    (result) => this.#onResults(result),
    (page) => this.grid?.prefetchThumbnails(page.assets),
  );
  readonly #details = new DetailsController(this, this.#state, this.#queries.results, () => this.#queries.dam);
  readonly #alt = new AltTextController(this);
  readonly #picks = new SelectionController(this, {
    selection: this.#state.selection,
    formatNumber: (value) => this.formatNumber(value),
    restrictions: () => this.#state.restrictions,
  });
  // The editor's sign-out drops the selection (an expired session keeps it).
  readonly #session = new PickerSession(
    this,
    (error) => this.#emitError(error),
    () => {
      this.#state.selection.clear();
      this.#picks.notice = '';
      this.requestUpdate();
    },
  );
  readonly #language = new LanguageController(this, () => this.locale);
  readonly #width = new WidthController(this);
  /** The sheet's focus wrap and swipe (narrow widths), from the sidebar's chunk: loaded when the sheet first opens. */
  #sheet: SidebarSheet | undefined;
  #sheetCode: Promise<void> | undefined;
  readonly #uploads = new PickerUploadController(this);
  /** The rendition inserted for images that have renditions (Bynder DAT); chosen in the footer. */
  readonly #renditions = new RenditionChooser(() => this.requestUpdate());
  readonly #fileUrls = new FileUrls(this);
  /** `restricted-assets="warn"`: Insert asks before restricted assets go to the host. */
  readonly #restrictedConfirm = new RestrictedConfirm(this);
  #reportedError: Error | null = null;
  /**
   * The shell is first drawn in the first animation frame, the frame that shows it, not in the first update: the
   * updates before it start the session and send its first requests (discovery; with discovery known, the first
   * search), which the shell's render would otherwise hold up. In a hidden document (no frames) the shell waits,
   * and so does `updateComplete`, until the document is shown.
   */
  #drawn: Promise<void> | undefined;
  #shellDrawn = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('role')) this.setAttribute('role', 'region');
    if (!this.hasAttribute('aria-label')) this.setAttribute('aria-label', msg('Asset picker'));
    this.#drawn ??= new Promise((resolve) =>
      requestAnimationFrame(() => {
        this.#shellDrawn = true;
        this.requestUpdate();
        resolve();
      }),
    );
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value && this.isConnected) this.#language.follow();
  }

  /** Also waits for the shell's first frame, and for the language of `lang` to be loaded and rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.#drawn;
    const first = await super.getUpdateComplete();
    await this.#language.loaded;
    return (await super.getUpdateComplete()) && first;
  }

  /** Passes changed attributes on to the session, the state and the selection; connects the queries to a new session. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    const selection = this.#state.selection;
    if (changed.has('selection') || changed.has('maxItems')) {
      selection.mode = this.selection === 'multiple' ? 'multiple' : 'single';
      selection.maxItems = this.selection === 'multiple' && this.maxItems && this.maxItems > 0 ? this.maxItems : Infinity;
    }
    if (changed.has('selectedIds') || changed.has('selection') || changed.has('maxItems')) {
      selection.reset(this.selectedIds ?? []);
      this.#rememberResults();
    }
    if (sessionOptions().some((key) => changed.has(key))) this.#session.configure(sessionConfig(this));
    if (changed.has('assetTypes') || changed.has('fileTypes') || changed.has('rootFolder') || changed.has('restrictedAssets')) {
      this.#state.restrict(parseRestrictions(this.assetTypes ?? '', this.fileTypes ?? '', this.rootFolder ?? '', this.restrictedAssets ?? ''));
    }
    if (changed.has('sort')) this.#state.setSort(parseSort(this.sort));
    if (changed.has('altText')) this.#alt.mode = this.altText === 'optional' || this.altText === 'required' ? this.altText : 'off';
    const provider = this.#session.status === 'ready' ? this.#session.provider : undefined;
    this.#queries.recentIds = () => (this.recents ? this.#recents().ids() : []);
    if (changed.has('recents') && !this.recents && this.#state.recents) this.#state.openFolder(this.#state.path);
    this.#queries.connect(provider, this.#session.scope);
    this.#uploads.sync(this.upload ? provider : undefined);
  }

  #onResults(result: ResultsResult): void {
    if (!result.isPending) this.#loadSidebarSoon();
    this.#rememberResults();
    this.#details.resultsChanged();
    const error = result.error;
    if (!error || error === this.#reportedError) return;
    this.#reportedError = error;
    if (error instanceof DamError && error.code === 'unauthorized') return; // the session shows the sign-in again
    if (!(error instanceof DamError) || REPORTED_SEARCH_ERRORS.has(error.code)) this.#emitError(error);
  }

  /** Picked assets take their data from the results (the selection may hold only ids). */
  #rememberResults(): void {
    this.#state.selection.remember(this.#queries.results.assets.filter((asset) => allowedAsset(asset, this.#state.restrictions)));
  }

  #emitError(error: Error): void {
    const detail: DamErrorDetail = {
      code: error instanceof DamError ? error.code : 'error',
      message: error.message,
      ...(error instanceof DamError && error.status !== undefined ? { status: error.status } : {}),
    };
    this.emit('dam-error', detail);
  }

  /** Escape closes the sidebar where it overlays the results. */
  #onSidebarKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.#width.narrow || event.defaultPrevented) return;
    event.preventDefault(); // the sheet's Escape: a surrounding dialog stays open
    event.stopPropagation();
    this.#closeSheet();
  }

  /** Closes the sheet (narrow widths); focus goes back to its toggle. */
  #closeSheet(): void {
    this.sidebarOpen = false;
    void this.#focusPart('sidebar-toggle');
  }

  /** Focuses the part after the render under way (the sheet's close button once it opens, its toggle once it closes). */
  async #focusPart(part: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[part~="${part}"]`)?.focus();
  }

  /** The sidebar is open as a sheet over the picker (narrow widths): the rest of the picker is inert. */
  get #sheetOpen(): boolean {
    return this.#width.narrow && this.#session.status === 'ready' && this.sidebarOpen === true;
  }

  /**
   * Loads the sidebar's code once the first results are shown with their thumbnails (the grid says when: at most
   * half a second after it drew them), so that neither its code nor its render delays their paint. Sooner when the
   * editor reaches for the sidebar (#loadSidebar).
   */
  #loadSidebarSoon(): void {
    if (this.#sidebarScheduled) return;
    this.#sidebarScheduled = true;
    void this.updateComplete.then(() => this.grid?.thumbnailsShown() ?? afterNextPaint()).then(() => this.#loadSidebar());
  }

  #loadSidebar(): void {
    if (this.sidebarLoad) return;
    this.sidebarLoad = true;
    // Once the elements are defined, their stand-in rows go.
    void Promise.allSettled(['dam-folder-tree', 'dam-facet-list'].map(defineLazy)).then(() => this.requestUpdate());
  }

  #toggleSidebar(open: boolean): void {
    this.sidebarOpen = open;
    if (open) this.#loadSidebar();
    if (!open || !this.#width.narrow) return;
    // Focus goes in once the sheet's Tab wrap is there (or its code failed: the sheet works without it).
    this.#sheetCode ??= import('./sidebar-sheet.js').then(
      ({ SidebarSheet }) => {
        this.#sheet = new SidebarSheet(this, () => this.#closeSheet());
        this.requestUpdate();
      },
      (error: unknown) => {
        this.#sheetCode = undefined;
        console.error("[dam-picker] could not load the sidebar sheet's code:", error);
      },
    );
    void this.#sheetCode.then(() => this.#focusPart('sheet-close'));
  }

  /** An upload was imported: pick it and tell the host. */
  #onUploaded(event: CustomEvent<UploadCompleteDetail>): void {
    this.#picks.uploaded(event.detail.asset);
    this.emit('dam-upload', { asset: event.detail.asset });
  }

  #onUploadFailed(event: CustomEvent<UploadFailedDetail>): void {
    // The dropzone shows the message in place; only what the user cannot fix there goes to the host.
    if (['unauthorized', 'service-unavailable', 'network'].includes(event.detail.error.code)) this.#emitError(event.detail.error);
  }

  /**
   * Whose "Recently used" list this is: the DAM site and the user. The session has no user id (the DAMs' tokens are
   * opaque, with no ID token), so the OAuth client (or the host's token provider) stands for the account.
   */
  #recents(): RecentsStore {
    return new RecentsStore({ provider: this.provider, site: this.site, user: this.clientId || 'host' });
  }

  /** Whether `asset` may be picked; when `restricted-assets="block"` refuses it, says why. */
  #pickable(asset: DamAsset): boolean {
    const reason = blockedReason(asset, this.#state.restrictions.restrictedAssets, this.locale);
    if (reason) this.#picks.say(reason);
    return !reason;
  }

  /** Why Insert is disabled now, besides an empty selection (alt text missing); empty: it is not. */
  get #insertBlockedReason(): string {
    return this.#alt.blockedReason(this.#state.selection.assets(), (value) => this.formatNumber(value));
  }

  /** Confirms the current selection: fires `dam-select` (with `alt` when asked for, once every asset that needs one has a file URL) and remembers it in "Recently used". */
  async confirm(): Promise<void> {
    if (this.#fileUrls.busy || this.#insertBlockedReason) return;
    const provider = this.#session.provider;
    const { selection, restrictions } = this.#state;
    const missing = selection.missing();
    if (missing.length && provider) {
      try {
        selection.remember(await findWithinRestrictions(provider, missing, restrictions));
      } catch (error) {
        this.#emitError(error instanceof Error ? error : new Error(String(error)));
      }
    }
    const known = selection.assets();
    const allowed = known.filter((asset) => allowedAsset(asset, restrictions));
    // Left out: restricted or now outside the restrictions, or ids the DAM no longer returns. Said, never silent.
    if (allowed.length < selection.size) {
      const dropped = known.filter((asset) => !allowed.includes(asset));
      this.#picks.say(droppedText(dropped, selection.size - allowed.length, this.locale));
    }
    const assets = this.#alt.withAlt(this.#renditions.apply(provider, allowed));
    if (!assets.length) return;
    const restricted = restrictions.restrictedAssets === 'warn' ? assets.filter(isRestricted) : [];
    if (restricted.length && !(await this.#restrictedConfirm.ask(restricted))) return;
    const resolved = await this.#fileUrls.resolve(provider, assets);
    if (!resolved) return;
    if (this.recents) this.#recents().add(resolved.map((asset) => asset.id));
    this.emit('dam-select', { assets: resolved });
  }

  /** Dismisses the picker: fires `dam-cancel`. */
  cancel(): void {
    this.emit('dam-cancel', {});
  }

  override render() {
    if (!this.#shellDrawn) return nothing;
    const session = this.#session;
    const providerName = providerLabel(this.provider) ?? (this.provider || 'DAM');
    const locale = this.locale;
    const selection = this.#state.selection;
    return html`<div part="base" class="picker" lang=${locale} dir=${directionOf(locale)}>
      <div class="header" part="header" ?inert=${this.#sheetOpen}>
        <h2 class="title">${msg(str`Choose from ${providerName}`)}</h2>
        ${session.canSignOut ? html`<button class="link" type="button" @click=${() => void session.signOut()}>${msg('Sign out')}</button>` : nothing}
      </div>
      <div class="body">
        ${
          session.status === 'ready'
            ? this.#renderResults(locale)
            : renderStatusPanel(session.status, providerName, session.error, { retry: () => session.retry(), signIn: () => void session.signIn() })
        }
      </div>
      ${this.#fileUrls.view(() => void this.confirm())}
      ${renderFooter({
        selection,
        locale,
        notice: this.#picks.notice,
        onRemove: (asset) => this.#picks.remove(asset),
        onCancel: () => this.cancel(),
        onConfirm: () => void this.confirm(),
        alt: {
          mode: this.#alt.mode,
          entry: (asset) => (this.#alt.applies(asset) ? this.#alt.entry(asset) : undefined),
          onChange: (asset, entry) => this.#alt.set(asset.id, entry),
          reason: this.#insertBlockedReason,
        },
        renditions: this.#renditions.view(session.provider, selection.assets()),
        inert: this.#sheetOpen,
      })}
      ${this.#restrictedConfirm.render(locale)}
    </div>`;
  }

  #renderResults(locale: string) {
    const pickerState = this.#state;
    const selection = pickerState.selection;
    const narrow = this.#width.narrow;
    const sidebarOpen = this.sidebarOpen ?? !narrow;
    return renderResults({
      locale,
      result: this.#queries.results.result,
      assets: this.#queries.results.assets,
      offset: this.#queries.results.offset,
      total: this.#queries.results.total,
      randomAccess: this.#queries.results.randomAccess,
      listId: this.#queries.results.listId,
      narrow,
      sidebarOpen,
      sidebarLoad: this.sidebarLoad,
      upload: this.upload,
      state: pickerState,
      dam: this.#queries.dam,
      folderNoun: this.#session.provider?.vocabulary.folder ?? 'folder',
      rootError: this.#queries.rootError,
      facets: this.#queries.facets,
      facetsLoading: this.#queries.facetsLoading,
      uploadView: {
        ...this.#uploads.view(),
        folder: pickerState.folder,
        compact: narrow,
        fileTypes: this.fileTypes,
        maxFileSize: this.maxFileSize,
        onComplete: (event) => this.#onUploaded(event),
        onRenamed: (event) => this.#picks.remember([event.detail.asset]),
        onFailed: (event) => this.#onUploadFailed(event),
      },
      onSearch: (event) => pickerState.search(event.detail.value),
      onToggleSidebar: (open) => this.#toggleSidebar(open),
      onSidebarKeydown: (event) => this.#onSidebarKeydown(event),
      onSidebarReach: () => this.#loadSidebar(),
      sheet: { ...this.#sheet, onClose: () => this.#closeSheet() },
      onSkip: () => (this.grid ?? this.renderRoot.querySelector<HTMLElement>('[part~="error"] button'))?.focus(),
      onFolder: (path: DamFolder[]) => pickerState.openFolder(path),
      onRetryRoot: () => this.#queries.retryRoot(),
      sortOrders: this.#session.provider?.sortOrders,
      onSort: (sort) => pickerState.setSort(sort),
      onToggle: (asset) => this.#picks.toggle(asset),
      onBlocked: (asset) => (this.#pickable(asset) ? this.#picks.sayLimit() : undefined),
      onActivate: (asset) => void (this.#picks.activate(asset) && this.confirm()),
      onDetails: (asset) => void this.#details.open(asset),
      onRecents: () => pickerState.showRecents(),
      recents: this.recents,
      details: this.#details.render({
        // Over the results where they would be left less than two columns of tiles beside it.
        narrow: narrow || (sidebarOpen && !this.#width.roomy),
        altText: this.#alt.mode,
        // Single mode inserts the inspected asset: its alt text can be entered before it is selected.
        alt: (asset) => (this.#alt.applies(asset) && (selection.has(asset.id) || selection.mode === 'single') ? this.#alt.entry(asset) : undefined),
        insertBlockedReason: (asset) => this.#alt.blockedReason(selection.has(asset.id) ? selection.assets() : [asset], (value) => this.formatNumber(value)),
        // A selected asset can always be deselected; a blocked one is never selected or inserted (the grid's check).
        blockedReason: (asset) => (selection.has(asset.id) ? '' : blockedReason(asset, pickerState.restrictions.restrictedAssets, locale)),
        onToggle: (asset) => void ((selection.has(asset.id) || this.#pickable(asset)) && this.#picks.toggle(asset)),
        onInsert: (asset) => void ((selection.has(asset.id) || this.#pickable(asset)) && this.#picks.activate(asset) && this.confirm()),
        onAlt: ({ assetId, text, decorative }) => this.#alt.set(assetId, { text, decorative }),
      }),
      onLoadMore: () => this.#queries.results.loadMore(),
      onRange: (first, last) => this.#queries.results.showRange(first, last),
      onRetry: () => this.#queries.results.retry(),
    });
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
