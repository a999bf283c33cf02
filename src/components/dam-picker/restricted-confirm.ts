// The dialog of `restricted-assets="warn"`: asks before restricted assets are inserted, listing them with the
// reason for each. A chunk of its own with its styles, loaded the first time it is needed (restricted-assets.ts).
import { msg } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { DamAsset } from '../../api/types.js';
import { restrictionText, type ConfirmHost } from './restricted-assets.js';

/** The dialog that asks whether to insert restricted assets anyway. */
export class RestrictedDialog {
  readonly #host: ConfirmHost;
  #pending: { assets: DamAsset[]; resolve: (insert: boolean) => void } | undefined;

  constructor(host: ConfirmHost) {
    this.#host = host;
  }

  /** Resolves `true` when the editor chooses to insert them anyway, `false` on Cancel or Escape. */
  ask(assets: DamAsset[]): Promise<boolean> {
    this.#pending?.resolve(false);
    return new Promise((resolve) => {
      this.#pending = { assets, resolve };
      this.#host.requestUpdate();
    });
  }

  hostUpdated(): void {
    const dialog = this.#host.renderRoot.querySelector<HTMLDialogElement>('dialog.restricted-confirm');
    if (!this.#pending || !dialog || dialog.open) return;
    dialog.showModal();
    dialog.querySelector<HTMLElement>('[part~="restricted-cancel"]')?.focus();
  }

  hostDisconnected(): void {
    this.#answer(false);
  }

  #answer(insert: boolean): void {
    const pending = this.#pending;
    if (!pending) return;
    this.#pending = undefined;
    pending.resolve(insert);
    this.#host.requestUpdate();
    // Back where the editor was: the Insert button.
    if (!insert) void this.#host.updateComplete.then(() => this.#host.renderRoot.querySelector<HTMLElement>('[part~="confirm-button"]')?.focus());
  }

  render(locale: string): TemplateResult | typeof nothing {
    const pending = this.#pending;
    if (!pending) return nothing;
    const count = pending.assets.length;
    return html`<dialog class="restricted-confirm" part="restricted-confirm" aria-labelledby="restricted-heading" aria-describedby="restricted-text"
      @cancel=${(event: Event) => {
        event.preventDefault();
        this.#answer(false);
      }}>
      <h3 id="restricted-heading">${count > 1 ? msg('Insert restricted assets?') : msg('Insert a restricted asset?')}</h3>
      <p id="restricted-text">${msg('These may not be used as they are now. Check the rights before you publish them.')}</p>
      <ul part="restricted-list" class="restricted-list">
        ${pending.assets.map((asset) => html`<li><bdi>${asset.title || msg('Untitled asset')}</bdi>: ${restrictionText(asset, locale)}</li>`)}
      </ul>
      <div class="restricted-actions">
        <button type="button" part="restricted-cancel" @click=${() => this.#answer(false)}>${msg('Cancel')}</button>
        <button type="button" class="primary" part="restricted-insert" @click=${() => this.#answer(true)}>${msg('Insert anyway')}</button>
      </div>
    </dialog>`;
  }
}

export const restrictedStyles = css`
  .restricted-confirm {
    max-inline-size: min(32rem, calc(100% - 2 * var(--_space)));
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
  }
  .restricted-confirm::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .restricted-confirm h3 {
    margin: 0 0 var(--_space);
    font-size: 1.05em;
  }
  .restricted-list {
    max-block-size: 12rem;
    overflow: auto;
    padding-inline-start: 1.25em;
  }
  .restricted-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_space);
  }
`;
