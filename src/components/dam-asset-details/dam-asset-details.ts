// <dam-asset-details>: one asset looked at closely before it is inserted — a large preview (or a playable
// video or audio preview), the metadata an editor decides on, rights and expiry, the alt text for this use,
// and select / Insert / previous / next. Presentational: <dam-picker> owns the inspected asset, the
// selection and the alt text, and reacts to its events. Loaded lazily, when details are first opened.
import { localized, msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AssetStatus, DamAsset, DamFolder } from '../../api/types.js';
import { safeHttpUrl, safeImageUrl } from '../../api/url.js';
import { kindLabel } from '../../internal/asset-labels.js';
import { DamElement } from '../../internal/dam-element.js';
import { formatCount, numberFormat } from '../../internal/numbers.js';
import { visuallyHidden } from '../shared.styles.js';
import { renderAltField } from './alt-field.js';
import { detailsStyles } from './dam-asset-details.styles.js';
import type { AltEntry, AltTextMode } from './dam-asset-details.types.js';
import { statusLabel } from '../dam-asset-grid/status-label.js';

/** Sizes (device pixels) the preview is asked for in: the panel's width rounded up to one, so the image is cached across assets. */
const PREVIEW_SIDES = [400, 800, 1200, 1600, 2400] as const;

/** The localised words for an asset's status (a badge: text, never colour alone), the tiles' words. */
const statusText = (status: AssetStatus): string => statusLabel(status) ?? msg('Active');

/** Shown in Select while the asset is selected: the button keeps its name, its pressed state says the rest. */
const checkmark = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="3"
  stroke-linecap="round" stroke-linejoin="round"><path d="m5 12 5 5 9-10" /></svg>`;

/**
 * @tag dam-asset-details
 * @summary The details of one asset: preview, metadata, rights and expiry, alt text, and select / Insert / previous / next.
 *
 * @event details-close - `{}` Escape or the close button.
 * @event details-step - `{ direction }` The previous (`-1`) or next (`1`) asset: the arrow keys or the buttons.
 * @event details-toggle - `{ asset }` Select or deselect the asset.
 * @event details-insert - `{ asset }` Insert the asset (single selection).
 * @event alt-change - `{ assetId, text, decorative }` The editor changed the alt text.
 *
 * @csspart details - The panel.
 * @csspart details-heading - The heading naming the asset.
 * @csspart details-preview - The preview image, video or audio.
 * @csspart details-metadata - The list of metadata.
 * @csspart details-status - The status badge (expired, not yet valid, view only, archived).
 * @csspart details-previous - The previous-asset button; `details-next` the next.
 * @csspart details-close - The close button.
 * @csspart details-select - The select / deselect button; `details-insert` the Insert button.
 * @csspart details-blocked-reason - Why the asset cannot be picked (`restricted-assets="block"`).
 * @csspart alt-field - The alt text field with its `alt-input` and `alt-decorative` controls.
 */
@localized()
export class DamAssetDetails extends DamElement {
  static override styles = [visuallyHidden, detailsStyles];

  @property({ attribute: false }) asset: DamAsset | undefined;
  /** Where the asset is in the results (0-based) and how many there are (0: unknown). */
  @property({ attribute: false }) position = 0;
  @property({ attribute: false }) total = 0;
  @property({ attribute: false }) hasPrevious = false;
  @property({ attribute: false }) hasNext = false;
  /** The next page of results is being loaded to step on. */
  @property({ attribute: false }) loadingNext = false;
  @property({ attribute: false }) selected = false;
  /** The selection is full (multiple mode): an unselected asset cannot be added. */
  @property({ attribute: false }) selectionFull = false;
  /** Single selection: offer Insert. */
  @property({ attribute: false }) single = true;
  /** Why Insert cannot be used now (e.g. alt text missing); empty: it can. */
  @property({ attribute: false }) insertBlockedReason = '';
  /**
   * Why the asset cannot be selected or inserted at all (`restricted-assets="block"`); empty: it can. Select and
   * Insert stay focusable (`aria-disabled`, described by the reason) and still fire, for the picker to say why.
   */
  @property({ attribute: false }) blockedReason = '';
  @property({ attribute: false }) altText: AltTextMode = 'off';
  /** The alt text of this image for this use, when the picker asks for it (`altText` not `off`). */
  @property({ attribute: false }) alt: AltEntry | undefined;
  /** The asset's folder (Brandworkz) or collection (Bynder), when the picker knows it. */
  @property({ attribute: false }) folder: DamFolder | undefined;
  /** A still preview at most `side` device pixels (the DAM makes images to size: Bynder's DAT); unset or `undefined`: `asset.previewUrl`. */
  @property({ attribute: false }) previewAt: ((side: number) => string | undefined) | undefined;
  /** Drawn over the results (narrow pickers) rather than beside them. */
  @property({ type: Boolean, reflect: true }) overlay = false;

  /** The large preview has loaded: the thumbnail under it can go. */
  @state() private previewLoaded = false;
  @state() private previewFailed = false;
  /** The panel's width in device pixels, rounded up to one of `PREVIEW_SIDES` (0: not measured yet). */
  @state() private previewSide = 0;
  readonly #resize = new ResizeObserver(([entry]) => {
    const width = (entry?.contentRect.width ?? 0) * (window.devicePixelRatio || 1);
    this.previewSide = PREVIEW_SIDES.find((side) => side >= width) ?? PREVIEW_SIDES.at(-1)!;
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize.disconnect();
  }

  /** Focuses the heading, which names the asset (on open). */
  override focus(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('asset') && changed.get('asset')?.id !== this.asset?.id) {
      this.previewLoaded = false;
      this.previewFailed = false;
    }
  }

  override render(): TemplateResult | typeof nothing {
    const asset = this.asset;
    if (!asset) return nothing;
    const number = (value: number) => formatCount(value, this.locale);
    const status = asset.status && asset.status !== 'active' ? asset.status : undefined;
    const where = this.total > 0 ? msg(str`${number(this.position + 1)} of ${number(this.total)}`) : '';
    return html`<section part="details" class="details" aria-labelledby="details-heading" @keydown=${this.#onKeydown}>
      <div class="bar">
        <button type="button" part="details-previous" ?disabled=${!this.hasPrevious} aria-label=${msg('Previous asset')}
          @click=${() => this.emit('details-step', { direction: -1 })}><span aria-hidden="true" class="arrow">‹</span></button>
        <span class="where">${where}</span>
        <button type="button" part="details-next" ?disabled=${!this.hasNext} aria-label=${msg('Next asset')}
          @click=${() => this.emit('details-step', { direction: 1 })}><span aria-hidden="true" class="arrow">›</span></button>
        <span class="spacer"></span>
        <button type="button" part="details-close" aria-label=${msg('Close details')} @click=${() => this.emit('details-close', {})}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div class="scroll">
        <h2 id="details-heading" part="details-heading" tabindex="-1"><bdi>${asset.title || msg('Untitled asset')}</bdi></h2>
        ${status ? html`<p part="details-status" class="status" data-status=${status}>${statusText(status)}</p>` : nothing}
        ${this.#renderPreview(asset)}
        ${this.#renderActions(asset)}
        ${this.altText !== 'off' && this.alt ? this.#renderAlt(asset, this.alt) : nothing}
        ${this.#renderMetadata(asset)}
      </div>
      <div class="visually-hidden" role="status">${this.loadingNext ? msg('Loading more assets…') : ''}</div>
    </section>`;
  }

  #renderPreview(asset: DamAsset): TemplateResult {
    const thumbnail = safeImageUrl(asset.thumbnailUrl);
    const media = safeHttpUrl(asset.mediaPreviewUrl);
    if (media && asset.type === 'video') {
      return html`<div class="preview" part="details-preview">
        <video controls preload="metadata" playsinline src=${media} poster=${thumbnail ?? nothing} aria-label=${msg(str`Preview of ${asset.title}`)}></video>
      </div>`;
    }
    // A preview made to size waits for the panel's width (measured before the first paint), so only one is loaded.
    const sized = this.previewAt && this.previewSide ? this.previewAt(this.previewSide) : undefined;
    const waiting = this.previewAt !== undefined && !this.previewSide;
    const preview = this.previewFailed || waiting ? undefined : safeImageUrl(sized ?? asset.previewUrl);
    const still =
      thumbnail || preview
        ? html`${thumbnail && !this.previewLoaded ? html`<img class="thumbnail" src=${thumbnail} alt="" />` : nothing}
          ${
            preview
              ? html`<img class="large ${this.previewLoaded ? 'loaded' : ''}" src=${preview} alt=""
                @load=${() => (this.previewLoaded = true)} @error=${() => (this.previewFailed = true)} />`
              : nothing
          }`
        : html`<span class="format">${(asset.fileType ?? kindLabel(asset.type)).toUpperCase()}</span>`;
    return html`<div class="preview" part="details-preview">
      ${still}
      ${media && asset.type === 'audio' ? html`<audio controls preload="metadata" src=${media} aria-label=${msg(str`Preview of ${asset.title}`)}></audio>` : nothing}
    </div>`;
  }

  #renderActions(asset: DamAsset): TemplateResult {
    const full = !this.selected && this.selectionFull;
    const restricted = Boolean(this.blockedReason);
    const web = safeHttpUrl(asset.webUrl);
    const insertReason = restricted ? 'blocked-reason' : this.insertBlockedReason ? 'insert-reason' : undefined;
    return html`<div class="actions">
      <button type="button" part="details-select" aria-pressed=${this.selected ? 'true' : 'false'} ?disabled=${full && !restricted}
        aria-disabled=${restricted ? 'true' : nothing} aria-describedby=${restricted ? 'blocked-reason' : nothing}
        @click=${() => this.emit('details-toggle', { asset })}>
        ${this.selected ? checkmark : nothing}${msg('Select')}
      </button>
      ${
        this.single
          ? html`<button type="button" class="primary" part="details-insert" ?disabled=${!restricted && Boolean(this.insertBlockedReason)}
            aria-disabled=${restricted ? 'true' : nothing} aria-describedby=${insertReason ?? nothing}
            @click=${() => this.emit('details-insert', { asset })}>${msg('Insert')}</button>`
          : nothing
      }
      ${web ? html`<a class="web" href=${web} target="_blank" rel="noopener noreferrer">${msg('Open in the DAM')}</a>` : nothing}
      ${restricted ? html`<p id="blocked-reason" part="details-blocked-reason" class="reason">${this.blockedReason}</p>` : nothing}
      ${!restricted && this.insertBlockedReason ? html`<p id="insert-reason" class="reason">${this.insertBlockedReason}</p>` : nothing}
    </div>`;
  }

  #renderAlt(asset: DamAsset, entry: AltEntry): TemplateResult {
    return html`<div class="alt">${renderAltField({
      title: asset.title,
      entry,
      mode: this.altText === 'required' ? 'required' : 'optional',
      named: false,
      onChange: (change) => this.emit('alt-change', { assetId: asset.id, ...change }),
    })}</div>`;
  }

  #renderMetadata(asset: DamAsset): TemplateResult {
    const locale = this.locale;
    const number = (value: number) => formatCount(value, locale);
    const rows: Array<[string, TemplateResult | string]> = [];
    const add = (label: string, value: TemplateResult | string | undefined): void => void (value ? rows.push([label, value]) : undefined);
    add(msg('Description'), asset.description);
    const format = asset.fileType?.toUpperCase();
    add(msg('Type'), format ? msg(str`${kindLabel(asset.type)}, ${format}`) : kindLabel(asset.type));
    add(msg('Media type'), asset.mimeType);
    add(msg('Size'), asset.width && asset.height ? msg(str`${number(asset.width)} × ${number(asset.height)} px`) : undefined);
    add(msg('File size'), asset.fileSize ? fileSize(asset.fileSize, locale) : undefined);
    add(msg('Created'), formatDate(asset.createdAt, locale));
    add(msg('Modified'), formatDate(asset.modifiedAt, locale));
    add(this.folder?.kind === 'collection' ? msg('Collection') : msg('Folder'), this.folder?.title);
    add(msg('Tags'), asset.tags?.length ? html`<ul class="tags">${asset.tags.map((tag) => html`<li><bdi>${tag}</bdi></li>`)}</ul>` : undefined);
    add(msg('Copyright'), asset.copyright);
    add(msg('Usage rights'), asset.usageRights);
    add(msg('Version'), asset.version !== undefined ? number(asset.version) : undefined);
    add(msg('Valid from'), formatDate(asset.validFrom, locale));
    add(msg('Expires'), formatDate(asset.expiresAt, locale));
    add(msg('Status'), asset.status ? statusText(asset.status) : undefined);
    return html`<dl part="details-metadata" class="metadata">
      ${rows.map(([label, value]) => html`<div class="row"><dt>${label}</dt><dd>${typeof value === 'string' ? html`<bdi>${value}</bdi>` : value}</dd></div>`)}
    </dl>`;
  }

  /** Arrows step through the results (not while typing or using a media control); Escape closes. */
  #onKeydown(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      this.emit('details-close', {});
      return;
    }
    const target = event.composedPath()[0] as HTMLElement | undefined;
    if (target?.matches?.('input, textarea, select, video, audio')) return;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    if (event.key !== forward && event.key !== back) return;
    event.preventDefault();
    const direction = event.key === forward ? 1 : -1;
    if (direction === 1 ? this.hasNext : this.hasPrevious) this.emit('details-step', { direction });
  }
}

/** A date (ISO 8601) in the picker's language; the text as given when it is not a date. */
function formatDate(value: string | undefined, locale: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', ...(dateOnly ? { timeZone: 'UTC' } : {}) }).format(date);
}

/** Bytes as kB, MB or GB in the picker's language. */
function fileSize(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return numberFormat(locale, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: unit < 2 ? 0 : 1 }).format(value);
}

declare global {
  interface HTMLElementTagNameMap {
    'dam-asset-details': DamAssetDetails;
  }
}
