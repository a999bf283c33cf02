// <dam-facet-list>: facet groups with counts as checkboxes (OR within a group, AND across groups),
// the active filters as removable chips with "Clear all". Presentational: <dam-picker> supplies the
// groups and the active filters and reacts to `facet-change`.
import { localized, msg, str } from '@lit/localize';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FACET_ASSET_TYPE, FACET_FILE_TYPE, filterRecord, filterValues, isAssetKind } from '../../api/filters.js';
import type { FacetGroup, FacetOption, FacetResult } from '../../api/types.js';
import { kindLabel } from '../../internal/asset-labels.js';
import { DamElement } from '../../internal/dam-element.js';
import { facetListStyles } from './dam-facet-list.styles.js';

const caret = svg`<path d="m6 9 6 6 6-6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`;

/**
 * @tag dam-facet-list
 * @summary Facet filters: a group of checkboxes per facet with counts, the active filters as removable
 * chips and "Clear all". Presentational: the host supplies `groups` and `filters`.
 *
 * @event facet-change - `{ filters }` The user changed the filters (tick, untick, chip removed, "Clear all"). The list does not change `filters` itself.
 * @fires facet-change
 *
 * @csspart base - The whole list.
 * @csspart active - The active filters: chips and "Clear all".
 * @csspart chip - One active filter.
 * @csspart chip-remove - The remove button of a chip.
 * @csspart clear-all - The "Clear all" button.
 * @csspart notice - Says when counts are unavailable or DAM-wide.
 * @csspart group - One facet (`<fieldset>`).
 * @csspart group-toggle - The facet's name; collapses and expands it.
 * @csspart option - One checkbox with its label and count.
 * @csspart count - The number of matching assets of an option.
 * @csspart show-more - "Show all" / "Show fewer" under a long facet.
 *
 * @cssproperty --dam-radius - Corner radius. Default `8px`.
 * @cssproperty --dam-color-text - Text colour.
 * @cssproperty --dam-color-muted - Counts.
 * @cssproperty --dam-color-hover - Option background on hover.
 * @cssproperty --dam-color-accent - Checkboxes and link buttons.
 * @cssproperty --dam-color-selected - Chip background.
 * @cssproperty --dam-color-focus - Focus ring.
 * @cssproperty --dam-color-warning - The notice text.
 */
@localized()
export class DamFacetList extends DamElement {
  static override styles = facetListStyles;

  /** The facets to offer (options outside the integrator's restrictions must already be gone). */
  @property({ attribute: false }) groups: FacetGroup[] = [];
  /** The active filters by group id. Assign a new object on every change. */
  @property({ attribute: false }) filters: Record<string, string[]> = {};
  /** What the counts mean (`FacetResult.counts`): `query`, `portal` (DAM-wide) or `none`. */
  @property() counts: FacetResult['counts'] = 'query';
  /** The DAM's facet service failed: say that only basic filters are offered. */
  @property({ type: Boolean, reflect: true }) degraded = false;
  /** New counts are on their way (`aria-busy`). */
  @property({ type: Boolean, reflect: true }) loading = false;
  /** Options shown per group before "Show all". */
  @property({ attribute: 'visible-options', type: Number }) visibleOptions = 8;
  /** BCP 47 tag for number formatting. Empty: the nearest `lang` (else the document's). */
  @property()
  override get locale(): string {
    return this.#locale || super.locale;
  }
  override set locale(value: string | null) {
    this.#locale = value ?? '';
  }
  #locale = '';

  @state() private collapsed = new Set<string>();
  @state() private expanded = new Set<string>();
  /** Index of the chip to focus after a removal, once the host has applied it. */
  #pendingFocus: number | undefined;

  override render(): TemplateResult {
    const chips = this.#chips();
    const groups = this.groups.filter((group) => group.options.length > 0 || (filterValues(this.filters, group.id)?.length ?? 0) > 0);
    return html`<div part="base" class="base" aria-busy=${this.loading ? 'true' : 'false'}>
      ${
        chips.length
          ? html`<div part="active" class="active" role="group" aria-label=${msg('Active filters')}>
            <ul class="chips">
              ${chips.map(
                ({ group, value, groupLabel, optionLabel, text }) => html`<li part="chip" class="chip">
                <span>${groupLabel}: <bdi>${optionLabel}</bdi></span>
                <button type="button" part="chip-remove" aria-label=${msg(str`Remove filter ${text}`)} data-chip=${`${group}\u0000${value}`}
                  @click=${() => this.#remove(group, value)}>×</button>
              </li>`,
              )}
            </ul>
            <button type="button" part="clear-all" class="link" @click=${() => this.#clearAll()}>${msg('Clear all')}</button>
          </div>`
          : nothing
      }
      ${
        this.degraded
          ? html`<p part="notice" class="notice" role="status">${msg('Filter counts are unavailable right now: only type and format filters are offered.')}</p>`
          : this.counts === 'portal'
            ? html`<p part="notice" class="notice">${msg('Counts are for the whole library, not for this search.')}</p>`
            : nothing
      }
      ${groups.length === 0 && !this.loading ? html`<p class="empty">${msg('No filters for these results.')}</p>` : nothing}
      ${groups.map((group) => this.#renderGroup(group))}
    </div>`;
  }

  #renderGroup(group: FacetGroup): TemplateResult {
    const chosen = filterValues(this.filters, group.id) ?? [];
    // A ticked value the DAM no longer counts stays visible, so it can be unticked.
    const options: FacetOption[] = [
      ...group.options,
      ...chosen.filter((value) => !group.options.some((option) => option.value === value)).map((value) => ({ value, count: 0 })),
    ];
    const open = !this.collapsed.has(group.id);
    const all = this.expanded.has(group.id);
    const shown = all ? options : options.filter((option, index) => index < this.visibleOptions || chosen.includes(option.value));
    // An id token, not a selector: group ids are the DAM's (Bynder's start with digits; CSS.escape would add backslashes).
    const listId = `options-${group.id.replace(/[^\w-]/g, '_')}`;
    const label = this.#groupLabel(group);
    return html`<fieldset part="group" class="group">
      <legend>
        <button type="button" part="group-toggle" class="group-toggle" aria-expanded=${String(open)} aria-controls=${listId}
          @click=${() => this.#toggle('collapsed', group.id)}>
          <span><bdi>${label}</bdi></span><svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${caret}</svg>
        </button>
      </legend>
      <ul class="options" id=${listId} ?hidden=${!open}>
        ${shown.map(
          (option) => html`<li>
          <label part="option" class="option">
            <input type="checkbox" .checked=${chosen.includes(option.value)} @change=${(event: Event) =>
              this.#set(group.id, option.value, (event.target as HTMLInputElement).checked)} />
            <span class="option-label"><bdi>${this.#optionLabel(group.id, option)}</bdi></span>
            ${option.count !== undefined && this.counts !== 'none' ? html`<span part="count" class="count">${this.formatNumber(option.count)}</span>` : nothing}
          </label>
        </li>`,
        )}
      </ul>
      ${
        open && (all ? options.length > this.visibleOptions : options.length > shown.length)
          ? html`<button type="button" part="show-more" class="link" aria-controls=${listId} @click=${() => this.#toggle('expanded', group.id)}>
            ${all ? msg('Show fewer') : msg(str`Show all ${this.formatNumber(options.length)}`)}
          </button>`
          : nothing
      }
    </fieldset>`;
  }

  #groupLabel(group: FacetGroup): string {
    if (group.id === FACET_ASSET_TYPE) return msg('Type');
    if (group.id === FACET_FILE_TYPE) return msg('Format');
    return group.label || group.id;
  }

  #optionLabel(groupId: string, option: FacetOption): string {
    if (groupId === FACET_ASSET_TYPE && isAssetKind(option.value)) return kindLabel(option.value);
    if (groupId === FACET_FILE_TYPE) return option.value.toUpperCase();
    return option.label || option.value;
  }

  #chips(): Array<{ group: string; value: string; groupLabel: string; optionLabel: string; text: string }> {
    return Object.entries(this.filters).flatMap(([groupId, values]) => {
      const group = this.groups.find((candidate) => candidate.id === groupId) ?? { id: groupId, label: groupId, options: [] };
      return values.map((value) => {
        const option = group.options.find((candidate) => candidate.value === value) ?? { value };
        const groupLabel = this.#groupLabel(group);
        const optionLabel = this.#optionLabel(groupId, option);
        return { group: groupId, value, groupLabel, optionLabel, text: `${groupLabel}: ${optionLabel}` };
      });
    });
  }

  #toggle(which: 'collapsed' | 'expanded', id: string): void {
    const next = new Set(this[which]);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this[which] = next;
  }

  #set(group: string, value: string, on: boolean): void {
    const current = filterValues(this.filters, group) ?? [];
    const values = on ? [...new Set([...current, value])] : current.filter((candidate) => candidate !== value);
    const others = Object.entries(this.filters).map(([id, chosen]): [string, string[]] => [id, id === group ? values : chosen]);
    this.#emit(filterRecord(Object.hasOwn(this.filters, group) ? others : [...others, [group, values]]));
  }

  /** Removes a chip; once the host applies the change, focus moves to the next chip (or the first facet). */
  #remove(group: string, value: string): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="chip-remove"]')];
    this.#pendingFocus = Math.max(
      0,
      buttons.findIndex((button) => button.dataset['chip'] === `${group}\u0000${value}`),
    );
    this.#set(group, value, false);
  }

  #clearAll(): void {
    this.#pendingFocus = 0;
    this.#emit(filterRecord());
  }

  #emit(filters: Record<string, string[]>): void {
    // No prototype: group ids are the DAM's, and `__proto__` or `constructor` must be groups like any other.
    const cleaned = filterRecord(Object.entries(filters).filter(([, values]) => values.length > 0));
    this.emit('facet-change', { filters: cleaned });
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('filters') || this.#pendingFocus === undefined) return;
    const index = this.#pendingFocus;
    this.#pendingFocus = undefined;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="chip-remove"]')];
    const target = buttons[Math.min(index, buttons.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('[part~="group-toggle"]');
    target?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dam-facet-list': DamFacetList;
  }
}
