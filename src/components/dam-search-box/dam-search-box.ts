// <dam-search-box>: a labelled search field that reports settled search text once
// (debounced), with Enter for "search again", a clear button and Escape to clear.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { localized, msg } from '@lit/localize';
import { searchBoxStyles } from './dam-search-box.styles.js';
import { visuallyHidden } from '../shared.styles.js';
import { DamElement } from '../../internal/dam-element.js';

/**
 * @tag dam-search-box
 * @summary A search field for assets. Fires `search-change` once the user stops typing, at once on
 * Enter, clear and Escape; never twice in a row for the same trimmed text except through Enter.
 *
 * @event search-change - `{ value }` (trimmed). Bubbles, not composed. Setting `value` programmatically fires nothing.
 * @fires search-change
 *
 * @csspart base - The field around icon, input and clear button.
 * @csspart icon - The search icon.
 * @csspart input - The `<input type="search">`.
 * @csspart clear-button - The clear button (shown while there is text).
 *
 * @cssproperty --dam-search-height - Height of the field. Default `2.5rem`.
 * @cssproperty --dam-radius - Corner radius. Default `8px`.
 * @cssproperty --dam-color-input-background - Field background.
 * @cssproperty --dam-color-text - Text colour.
 * @cssproperty --dam-color-muted - Icon, placeholder and clear button.
 * @cssproperty --dam-color-input-border - Field border (default: `--dam-color-border` if set, else a 3:1 grey).
 * @cssproperty --dam-color-hover - Clear button background on hover.
 * @cssproperty --dam-color-focus - Focus ring. Default: `--dam-color-accent`.
 */
@localized()
export class DamSearchBox extends DamElement {
  static override styles = [visuallyHidden, searchBoxStyles];
  static override shadowRootOptions: ShadowRootInit = { ...DamElement.shadowRootOptions, delegatesFocus: true };

  /** The search text. Setting it does not fire `search-change`; it becomes the text last reported. */
  @property({ reflect: true }) value = '';
  /** Milliseconds of quiet after typing before `search-change` fires. */
  @property({ type: Number, reflect: true }) debounce = 300;
  /** Accessible (visually hidden) label. Empty: a localised "Search assets". */
  @property({ reflect: true }) label = '';
  /** Placeholder text. Empty: a localised "Search assets…". */
  @property({ reflect: true }) placeholder = '';
  @property({ type: Boolean, reflect: true }) disabled = false;

  @query('input') private input?: HTMLInputElement;

  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The trimmed text of the last event (or of the last programmatic `value`). */
  private reported = '';
  /** `value` as the user last typed it: any other new `value` was set programmatically. */
  private typed: string | undefined;

  /** Focuses the input. */
  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelPending();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value') && this.value !== this.typed) {
      if (typeof this.value !== 'string') this.value = ''; // a removed attribute gives null
      this.cancelPending();
      this.reported = this.value.trim();
      this.typed = undefined;
    }
  }

  override render(): TemplateResult {
    const label = this.label || msg('Search assets');
    return html`<div part="base" class="field">
      <label class="visually-hidden" for="input">${label}</label>
      <svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none"
        stroke="currentColor" stroke-width="2" stroke-linecap="round"><circle cx="11" cy="11" r="6.5"/><path d="m16 16 4.5 4.5"/></svg>
      <input
        id="input"
        part="input"
        type="search"
        dir=${this.value ? 'auto' : nothing}
        autocomplete="off"
        spellcheck="false"
        enterkeyhint="search"
        .value=${live(this.value)}
        placeholder=${this.placeholder || msg('Search assets…')}
        ?disabled=${this.disabled}
        @input=${this.onInput}
        @keydown=${this.onKeydown}
      />
      ${
        this.value !== '' && !this.disabled
          ? html`<button part="clear-button" class="clear" type="button" aria-label=${msg('Clear search')} @click=${this.onClear}>
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor"
              stroke-width="2" stroke-linecap="round"><path d="M6 6l12 12M18 6 6 18"/></svg>
          </button>`
          : nothing
      }
    </div>`;
  }

  private onInput(): void {
    if (!this.input) return;
    this.typed = this.input.value;
    this.value = this.input.value;
    this.cancelPending();
    this.timer = setTimeout(() => this.report(false), Math.max(0, this.debounce));
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.isComposing) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      this.report(true);
    } else if (event.key === 'Escape' && this.value !== '') {
      // With text, Escape belongs to the field; on an empty field it bubbles (a dialog may close).
      event.preventDefault();
      event.stopPropagation();
      this.clear();
    }
  }

  private onClear(): void {
    this.clear();
    this.input?.focus();
  }

  private clear(): void {
    this.typed = '';
    this.value = '';
    this.report(false);
  }

  /** Fires `search-change` now, unless the trimmed text was just reported (`force`: Enter). */
  private report(force: boolean): void {
    this.cancelPending();
    const value = this.value.trim();
    if (!force && value === this.reported) return;
    this.reported = value;
    this.emit('search-change', { value });
  }

  private cancelPending(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dam-search-box': DamSearchBox;
  }
}
