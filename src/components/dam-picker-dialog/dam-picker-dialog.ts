// <dam-picker-dialog>: a modal <dialog> around the <dam-picker> it contains.
// Native showModal() makes the page behind inert and traps focus; Escape and the
// close button cancel; focus returns to where it was when the dialog opened.
import { localized, msg } from '@lit/localize';
import { html } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { DamElement } from '../../internal/dam-element.js';
import { DAM_CANCEL, DAM_SELECT } from '../../internal/events.js';
import { styles } from './dam-picker-dialog.styles.js';

/** The element that has focus, looking inside shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * Shows the `<dam-picker>` inside it in a modal dialog. `DamPicker.open()` uses it; hosts may too.
 *
 * @tag dam-picker-dialog
 * @summary A modal dialog for the picker: focus trapped, Escape and a close button cancel, focus returned.
 *
 * @slot - The `<dam-picker>`.
 *
 * @fires dam-cancel - The dialog was dismissed (Escape or the close button). `detail: {}`. A `dam-select` or
 * `dam-cancel` from the picker inside also closes the dialog (and bubbles on as it is).
 * @fires close - The dialog closed, for whatever reason (after `dam-select`/`dam-cancel`, or `close()`). Does not bubble.
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart bar - The bar above the picker that holds the close button.
 * @csspart close-button - The close button.
 *
 * @cssproperty --dam-dialog-width - Width of the dialog (default: up to 1100px).
 * @cssproperty --dam-dialog-picker-height - Height of the picker inside (default: up to 720px).
 * @cssproperty --dam-dialog-backdrop - Background behind the dialog.
 */
@localized()
export class DamPickerDialog extends DamElement {
  static override styles = styles;

  /** The dialog's accessible name. Default: "Choose assets". */
  @property() label = '';

  @query('dialog') private dialog!: HTMLDialogElement;

  #opener: HTMLElement | null = null;

  /**
   * Phones and short screens: the whole screen. Followed in script, not by an `@media` rule in the shadow styles:
   * WebKit does not re-evaluate a media query of an adopted style sheet for a resize that happens while no shadow
   * root has that sheet (close the dialog, turn the phone, open it again: the old layout).
   */
  readonly #phone = matchMedia('(max-width: 600px), (max-height: 500px)');
  @state() private fullScreen = this.#phone.matches;
  readonly #onPhoneChange = (): void => {
    this.fullScreen = this.#phone.matches;
  };

  /** Whether the dialog is showing. */
  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  /** Opens the dialog modally; focus moves into it. */
  async show(): Promise<void> {
    await this.updateComplete;
    if (this.dialog.open) return;
    this.#opener = deepActiveElement();
    this.dialog.showModal();
  }

  /** Closes the dialog (no event); focus goes back to where it was. */
  close(): void {
    if (this.dialog?.open) this.dialog.close();
  }

  #onClose(): void {
    const opener = this.#opener;
    this.#opener = null;
    if (opener?.isConnected) opener.focus();
    this.dispatchEvent(new Event('close'));
  }

  /** Escape: the dialog closes; the host hears `dam-cancel`. */
  #onCancel(event: Event): void {
    event.preventDefault();
    this.#dismiss();
  }

  #dismiss(): void {
    this.close();
    this.emit('dam-cancel', {});
  }

  #onPickerDone(event: Event): void {
    if (event.target !== this) this.close();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#onPhoneChange();
    this.#phone.addEventListener('change', this.#onPhoneChange);
    this.addEventListener(DAM_SELECT, this.#onPickerDone);
    this.addEventListener(DAM_CANCEL, this.#onPickerDone);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#phone.removeEventListener('change', this.#onPhoneChange);
    this.removeEventListener(DAM_SELECT, this.#onPickerDone);
    this.removeEventListener(DAM_CANCEL, this.#onPickerDone);
  }

  override render() {
    return html`<dialog part="dialog" class=${this.fullScreen ? 'full-screen' : ''} aria-label=${this.label || msg('Choose assets')} @cancel=${this.#onCancel} @close=${this.#onClose}>
      <div class="bar" part="bar">
        <button type="button" class="close" part="close-button" aria-label=${msg('Close')} @click=${this.#dismiss}>×</button>
      </div>
      <slot></slot>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dam-picker-dialog': DamPickerDialog;
  }
}
