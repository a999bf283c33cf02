// `restricted-assets` in the picker: the words for why a blocked asset cannot be picked (announced on the
// attempt), and the small dialog that asks before restricted assets are inserted (`warn`). Cancel returns
// to the picker with the selection as it was.
import { msg, str } from '@lit/localize';
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { DamAsset } from '../../api/types.js';
import { isRestricted, type RestrictedAssetsMode } from '../../api/restrictions.js';
import { statusLabel } from '../dam-asset-grid/status-label.js';

/** A date of `expiresAt`/`validFrom` for people (a date alone is a UTC day). */
function formatDate(iso: string | undefined, locale: string): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', ...(iso.length === 10 ? { timeZone: 'UTC' } : {}) }).format(date);
}

/** Why an asset may not be used, as a short phrase: "Expired on 31 Dec 2019", "View only", … */
function restrictionText(asset: DamAsset, locale: string): string {
  const expired = asset.status === 'expired' ? formatDate(asset.expiresAt, locale) : undefined;
  if (expired) return msg(str`Expired on ${expired}`);
  const from = asset.status === 'not-yet-valid' ? formatDate(asset.validFrom, locale) : undefined;
  if (from) return msg(str`Not valid before ${from}`);
  return statusLabel(asset.status) ?? '';
}

/** Announced when the editor tries to pick a restricted asset with `restricted-assets="block"`. */
function blockedText(asset: DamAsset, locale: string): string {
  return msg(str`${asset.title} cannot be picked: ${restrictionText(asset, locale)}.`);
}

/** Why `asset` cannot be picked under `mode` (`block` and a restricted asset); empty: it can. */
export function blockedReason(asset: DamAsset, mode: RestrictedAssetsMode, locale: string): string {
  return mode === 'block' && isRestricted(asset) ? blockedText(asset, locale) : '';
}

/**
 * Announced when Insert leaves `count` selected assets out (restricted with `block` or `hide`, outside the
 * restrictions, or no longer found): one restricted asset by name and reason, otherwise by count.
 */
export function droppedText(known: readonly DamAsset[], count: number, locale: string): string {
  const [first] = known;
  if (count === 1 && first && isRestricted(first)) return blockedText(first, locale);
  const number = new Intl.NumberFormat(locale).format(count);
  return msg(str`${number} of the selected assets cannot be inserted and were left out.`);
}

interface ConfirmHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** Asks, in a modal dialog, whether to insert restricted assets anyway. */
export class RestrictedConfirm implements ReactiveController {
  readonly #host: ConfirmHost;
  #pending: { assets: DamAsset[]; resolve: (insert: boolean) => void } | undefined;

  constructor(host: ConfirmHost) {
    this.#host = host;
    host.addController(this);
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
