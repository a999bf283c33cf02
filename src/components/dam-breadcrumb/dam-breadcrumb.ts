// <dam-breadcrumb>: the path to the current folder; each ancestor is a button that goes back to it.
// Presentational: the host supplies the path and reacts to `folder-select` (the tree's event).
import { localized, msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { DamFolder } from '../../api/types.js';
import { DamElement } from '../../internal/dam-element.js';
import { breadcrumbStyles } from './dam-breadcrumb.styles.js';

/**
 * @tag dam-breadcrumb
 * @summary A breadcrumb trail for the current folder (a `nav` landmark with an ordered list; the last
 * entry is `aria-current="page"`).
 *
 * @event folder-select - `{ folder, path }` The user chose an ancestor; `path` ends at it.
 * @fires folder-select
 *
 * @csspart base - The `nav` element.
 * @csspart crumb - The button of an ancestor folder.
 * @csspart current - The current folder.
 * @csspart separator - The separator between entries.
 *
 * @cssproperty --dam-breadcrumb-item-max-width - Longest entry before it is cut with an ellipsis. Default `14rem`.
 * @cssproperty --dam-color-text - Current folder.
 * @cssproperty --dam-color-muted - Separators.
 * @cssproperty --dam-color-accent - Ancestor buttons.
 * @cssproperty --dam-color-focus - Focus ring.
 */
@localized()
export class DamBreadcrumb extends DamElement {
  static override styles = breadcrumbStyles;

  /** From the top folder down to the current one. */
  @property({ attribute: false }) path: DamFolder[] = [];
  /** Accessible name of the navigation landmark. Empty: a localised "Folder path". */
  @property() label = '';

  override render(): TemplateResult {
    const last = this.path.length - 1;
    return html`<nav part="base" aria-label=${this.label || msg('Folder path')}>
      <ol>
        ${this.path.map((folder, index) => {
          const title = folder.title.trim() || (index === 0 ? msg('All folders') : msg('Untitled folder'));
          return html`<li>
            ${
              index === last
                ? html`<span part="current" class="current" aria-current="page" title=${title}><bdi>${title}</bdi></span>`
                : html`<button type="button" part="crumb" class="crumb" title=${title} @click=${() => this.#select(index)}><bdi>${title}</bdi></button>`
            }
            ${index < last ? html`<span part="separator" class="separator" aria-hidden="true">/</span>` : nothing}
          </li>`;
        })}
      </ol>
    </nav>`;
  }

  #select(index: number): void {
    const path = this.path.slice(0, index + 1);
    const folder = path[index];
    if (!folder) return;
    this.emit('folder-select', { folder, path });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dam-breadcrumb': DamBreadcrumb;
  }
}
