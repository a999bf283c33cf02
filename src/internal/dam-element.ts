// The base class of our elements: typed events (checked against the one event map) and the language
// they format numbers in (the nearest `lang`), so no element dispatches or looks up a locale by hand.
import { LitElement } from 'lit';
import { nearestLang } from '../locales/localization.js';
import { damEvent, type DamEventMap, type DamEventName } from './events.js';
import { formatCount, numberFormat } from './numbers.js';

export class DamElement extends LitElement {
  /** Fires `name` with `detail` (bubbling; composed for the public `dam-*` events). Returns `dispatchEvent`'s answer. */
  protected emit<K extends DamEventName>(name: K, detail: DamEventMap[K]): boolean {
    return this.dispatchEvent(damEvent(name, detail));
  }

  /** BCP 47 tag of the element's language: its `lang`, else the nearest around it (across shadow roots), else the document's, else `en`. */
  protected get locale(): string {
    return nearestLang(this);
  }

  /** A number in the element's language (digits and grouping; `options` as for `Intl.NumberFormat`). */
  protected formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
    return options ? numberFormat(this.locale, options).format(value) : formatCount(value, this.locale);
  }
}
