// `restricted-assets` in the picker: the words for why a blocked asset cannot be picked (announced on the
// attempt), and the small dialog that asks before restricted assets are inserted (`warn`; the dialog itself,
// restricted-confirm.ts, loads when first asked). Cancel returns to the picker with the selection as it was.
import { msg, str } from '@lit/localize';
import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { DamAsset } from '../../api/types.js';
import { isRestricted, type RestrictedAssetsMode } from '../../api/restrictions.js';
import { formatCount } from '../../internal/numbers.js';
import { statusLabel } from '../dam-asset-grid/status-label.js';

/** A date of `expiresAt`/`validFrom` for people (a date alone is a UTC day). */
function formatDate(iso: string | undefined, locale: string): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', ...(iso.length === 10 ? { timeZone: 'UTC' } : {}) }).format(date);
}

/** Why an asset may not be used, as a short phrase: "Expired on 31 Dec 2019", "View only", … */
export function restrictionText(asset: DamAsset, locale: string): string {
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
  const number = formatCount(count, locale);
  return msg(str`${number} of the selected assets cannot be inserted and were left out.`);
}

export interface ConfirmHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly isConnected: boolean;
}

type Dialog = import('./restricted-confirm.js').RestrictedDialog;

/** Asks, in a modal dialog, whether to insert restricted assets anyway (the dialog's code and styles load on first use). */
export class RestrictedConfirm implements ReactiveController {
  readonly #host: ConfirmHost;
  #dialog: Dialog | undefined;

  constructor(host: ConfirmHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Resolves `true` when the editor chooses to insert them anyway, `false` on Cancel or Escape. */
  async ask(assets: DamAsset[]): Promise<boolean> {
    if (!this.#dialog) {
      const { RestrictedDialog, restrictedStyles } = await import('./restricted-confirm.js');
      const root = this.#host.renderRoot;
      const sheet = restrictedStyles.styleSheet;
      if (root instanceof ShadowRoot && sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      this.#dialog ??= new RestrictedDialog(this.#host);
    }
    // Taken out of the page meanwhile (or before): no dialog to show there, so the answer is Cancel, as for a
    // question open when the picker leaves the page.
    if (!this.#host.isConnected) return false;
    return this.#dialog.ask(assets);
  }

  hostUpdated(): void {
    this.#dialog?.hostUpdated();
  }

  hostDisconnected(): void {
    this.#dialog?.hostDisconnected();
  }

  render(locale: string): TemplateResult | typeof nothing {
    return this.#dialog?.render(locale) ?? nothing;
  }
}
