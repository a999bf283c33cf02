// The alt text field of one selected image, with its "Decorative" choice: in the details panel and in the
// picker's selection list. The text stays what the editor typed when "Decorative" is ticked (unticking
// brings it back); `dam-select` then carries `alt: ""`.
import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { AltEntry, AltTextMode } from './dam-asset-details.types.js';

export interface AltFieldState {
  title: string;
  entry: AltEntry;
  mode: Exclude<AltTextMode, 'off'>;
  /** Name the field after the asset (the selection list); the panel names the asset in its heading. */
  named: boolean;
  onChange: (entry: AltEntry) => void;
}

export function renderAltField(state: AltFieldState): TemplateResult {
  const { entry, mode, onChange } = state;
  const label = state.named ? msg(str`Alt text for ${state.title}`) : msg('Alt text');
  const missing = mode === 'required' && !entry.decorative && !entry.text.trim();
  return html`<div class="alt-field" part="alt-field">
    <label class="alt-text">
      <span class=${state.named ? 'visually-hidden' : 'alt-label'}>${label}</span>
      <input
        type="text"
        part="alt-input"
        .value=${entry.text}
        placeholder=${state.named ? msg('Alt text') : ''}
        ?disabled=${entry.decorative}
        aria-required=${mode === 'required' && !entry.decorative ? 'true' : 'false'}
        aria-invalid=${missing ? 'true' : 'false'}
        @input=${(event: Event) => onChange({ text: (event.target as HTMLInputElement).value, decorative: entry.decorative })}
      />
    </label>
    <label class="alt-decorative">
      <input
        type="checkbox"
        part="alt-decorative"
        .checked=${entry.decorative}
        @change=${(event: Event) => onChange({ text: entry.text, decorative: (event.target as HTMLInputElement).checked })}
      />
      <span>${state.named ? html`${msg('Decorative')}<span class="visually-hidden"> (${state.title})</span>` : msg('Decorative')}</span>
    </label>
  </div>`;
}
