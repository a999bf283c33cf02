// The picker's language: the nearest `lang` (its own, or around it) is loaded when the picker connects
// and whenever its `lang` changes; `updateComplete` waits for it (see DamPicker.getUpdateComplete).
import type { ReactiveController, ReactiveElement } from 'lit';
import { releasePickerLocale, requestPickerLocale } from '../../locales/localization.js';

export class LanguageController implements ReactiveController {
  /** Resolves when the language asked for last is loaded. */
  loaded: Promise<void> = Promise.resolve();

  readonly #host: ReactiveElement;
  readonly #locale: () => string;

  /** `locale` gives the host's language tag (its nearest `lang`). */
  constructor(host: ReactiveElement, locale: () => string) {
    this.#host = host;
    this.#locale = locale;
    host.addController(this);
  }

  hostConnected(): void {
    this.follow();
  }

  hostDisconnected(): void {
    releasePickerLocale(this.#host);
  }

  /** Loads the host's language (call when its `lang` changed). */
  follow(): void {
    this.loaded = requestPickerLocale(this.#host, this.#locale()).catch((error: unknown) => console.warn('[dam-picker] could not load the language:', error));
    this.#host.requestUpdate();
  }
}
