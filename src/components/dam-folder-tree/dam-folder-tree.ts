// <dam-folder-tree>: the DAM's folders (and webpages) as a WAI-ARIA tree, children loaded lazily,
// wide levels paged from the DAM and the rows virtualised, so a folder with 1,000 sub-folders
// stays responsive. It reads the DAM it is given (the picker passes it down, as every part's data); the picker owns the current folder.
import { localized, msg, str } from '@lit/localize';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import type { RangeChangedEvent, VisibilityChangedEvent } from '@lit-labs/virtualizer/events.js';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { foldersQueryOptions } from '../../api/query.js';
import type { DamFolder, FolderPage, PageCursor } from '../../api/types.js';
import type { DamSource } from '../../internal/dam-source.js';
import { DamElement } from '../../internal/dam-element.js';
import { RovingFocusController } from '../../internal/roving-focus.js';
import { cssVar } from './css-var.js';
import { folderTreeStyles } from './dam-folder-tree.styles.js';
import { visuallyHidden } from '../shared.styles.js';
import { FolderTreeModel, type TreeRow } from './folder-tree-model.js';
import { isPrintable, treeKeyAction, TypeAhead } from './tree-navigation.js';
import { logicalKey } from '../../internal/direction.js';
import { RECENTS_ID } from './dam-folder-tree.types.js';

/**
 * The list's layout, named rather than left to the virtualizer's default, which it imports when it starts: until
 * that import resolved it had no layout, and scrolling a row into view (to focus it) threw.
 */
const LIST_LAYOUT = flow();

const chevron = svg`<path d="m9 6 6 6-6 6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`;
const icons = {
  folder: svg`<path d="M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z"/>`,
  webpage: svg`<circle cx="12" cy="12" r="8.5"/><path d="M3.5 12h17M12 3.5c2.5 2.6 2.5 14.4 0 17M12 3.5c-2.5 2.6-2.5 14.4 0 17"/>`,
  collection: svg`<rect x="4" y="4" width="12" height="12" rx="2"/><path d="M8 20h10a2 2 0 0 0 2-2V8"/>`,
  recents: svg`<circle cx="12" cy="12" r="8.5"/><path d="M12 7.5V12l3 2"/>`,
};

/**
 * @tag dam-folder-tree
 * @summary A lazily loaded folder tree (WAI-ARIA tree view): arrows, Home/End, type-ahead, Enter or
 * Space to choose a folder. Folders and webpages have distinct icons; wide levels are paged and virtualised.
 *
 * @event folder-select - `{ folder, path }` The user chose a folder (click, Enter, Space). The tree does not change `selectedId` itself.
 * @event recents-select - `{}` The user chose "Recently used" (shown with `recents`); the tree shows it chosen when `selectedId` is `RECENTS_ID`.
 * @fires folder-select
 * @fires recents-select
 *
 * @csspart tree - The `role="tree"` element; also the scroll container.
 * @csspart item - One folder (`role="treeitem"`); `[aria-selected="true"]` is the current folder, `[data-kind]` is `folder`, `webpage`, `collection` or `recents` ("Recently used").
 * @csspart toggle - The expand/collapse chevron of an item.
 * @csspart item-icon - The folder or webpage icon.
 * @csspart item-label - The folder name.
 * @csspart error - The message and retry button when sub-folders failed to load.
 *
 * @cssproperty --dam-folder-tree-row-height - Height of a row. Default `32px`.
 * @cssproperty --dam-folder-tree-indent - Indent per level. Default `16px`.
 * @cssproperty --dam-folder-tree-min-height - Minimum height. Default `120px`.
 * @cssproperty --dam-radius - Row corner radius. Default `8px`.
 * @cssproperty --dam-color-text - Text colour.
 * @cssproperty --dam-color-muted - Chevrons and folder icons.
 * @cssproperty --dam-color-hover - Row background on hover.
 * @cssproperty --dam-color-accent - Webpage icons; default focus ring.
 * @cssproperty --dam-color-selected - Background of the current folder.
 * @cssproperty --dam-color-focus - Focus ring.
 * @cssproperty --dam-color-danger - Load errors.
 */
@localized()
export class DamFolderTree extends DamElement {
  static override styles = [visuallyHidden, folderTreeStyles];

  /** The DAM to read: its adapter, the query cache and the scope that keys it (set by `<dam-picker>`, as its other parts' data). */
  @property({ attribute: false })
  dam: DamSource | undefined;
  /** The top of the tree (the DAM's root, or the picker's `root-folder`). Shown expanded. */
  @property({ attribute: false }) root: DamFolder | undefined;
  /** Id of the current folder (`aria-selected`). */
  @property({ attribute: 'selected-id', reflect: true }) selectedId = '';
  /** Accessible name of the tree. Empty: a localised "Folders". */
  @property() label = '';
  /** Offer "Recently used" above the root (chosen: `recents-select`). */
  @property({ type: Boolean }) recents = false;

  @state() private activeId = '';
  readonly model = new FolderTreeModel(
    (parent, cursor) => this.#load(parent, cursor),
    () => this.requestUpdate(),
  );
  readonly #typeAhead = new TypeAhead();
  /** Roving focus over the rows; the active row is kept by id (`activeId`), as rows move when folders open. */
  readonly #nav = new RovingFocusController(this, {
    count: () => this.#rows.length,
    itemAt: (index) => this.#rowElement(this.#rows[index]?.folder.id ?? ''),
    container: () => this.renderRoot.querySelector<HTMLElement>('.tree'),
    scrollToIndex: (index) => {
      const tree = this.renderRoot.querySelector<VirtualizerHostElement>('.tree');
      tree?.[virtualizerRef]?.element(index)?.scrollIntoView({ block: 'nearest' });
    },
    active: {
      get: () => this.#activeIndex,
      set: (index) => {
        const row = this.#rows[index];
        if (row) this.activeId = row.folder.id;
      },
    },
    keyAt: (index) => this.#rows[index]?.folder.id,
  });
  #visible = { first: -1, last: -1 };
  #rowsOf: { rows: readonly TreeRow[]; recents: boolean; title: string; with: TreeRow[] } | undefined;

  /** The model's rows, after a "Recently used" row beside the root when `recents` is on. */
  get #rows(): TreeRow[] {
    const rows = this.model.rows as TreeRow[];
    if (!this.recents || rows.length === 0) return rows;
    const title = msg('Recently used');
    const memo = this.#rowsOf;
    if (memo && memo.rows === rows && memo.recents === this.recents && memo.title === title) return memo.with;
    const recentsRow: TreeRow = {
      folder: { id: RECENTS_ID, title, kind: 'folder' },
      level: 1,
      posInSet: 1,
      setSize: 2,
      expanded: false,
      expandable: false,
      loading: false,
    };
    const shifted = rows.map((row) => (row.level === 1 ? { ...row, posInSet: row.posInSet + 1, setSize: row.setSize + 1 } : row));
    this.#rowsOf = { rows, recents: this.recents, title, with: [recentsRow, ...shifted] };
    return this.#rowsOf.with;
  }

  /** Focuses the active row (the current folder by default). */
  override focus(): void {
    void this.#nav.focusIndex(this.#activeIndex);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('dam') || changed.has('root')) {
      const scopeChanged = changed.has('dam') && changed.get('dam')?.scope !== this.dam?.scope;
      if (!this.dam || !this.root) this.model.setRoot(undefined);
      else if (scopeChanged && this.model.rootId === this.root.id) this.model.reload();
      else this.model.setRoot(this.root);
    }
    if (changed.has('selectedId') && this.selectedId) {
      this.model.reveal(this.selectedId);
      if (!this.matches(':focus-within')) this.activeId = this.selectedId;
    }
  }

  protected override updated(): void {
    this.#loadVisibleMore();
  }

  override render(): TemplateResult {
    const rows = this.#rows;
    const active = this.#activeIndex;
    const failed = this.model.failed;
    return html`<div
        part="tree"
        class="tree"
        role="tree"
        aria-label=${this.label || msg('Folders')}
        tabindex=${this.#nav.containerTabIndex}
        @keydown=${this.#onKeydown}
        @click=${this.#onClick}
        @focus=${this.#onTreeFocus}
        @focusin=${this.#onFocusIn}
        @rangeChanged=${this.#onRangeChanged}
        @visibilityChanged=${this.#onVisibilityChanged}
      >
        ${virtualize({
          layout: LIST_LAYOUT,
          items: rows,
          keyFunction: (row: TreeRow) => row.folder.id,
          renderItem: (row: TreeRow, index: number) => this.#renderRow(row, index === active),
        })}
      </div>
      <div class="visually-hidden" role="status">${this.model.loading ? msg('Loading folders…') : ''}</div>
      ${
        failed.length
          ? html`<div part="error" class="error" role="alert">
            <span>${msg(str`Could not load the folders in ${this.#title(failed[0]!.folder)}.`)}</span>
            <button type="button" @click=${() => failed.forEach(({ folder }) => void this.model.expand(folder.id))}>${msg('Try again')}</button>
          </div>`
          : nothing
      }`;
  }

  // The rule cannot see that a row's name is its text (the label span, an expression it does not evaluate).
  /* eslint-disable lit-a11y/accessible-name */
  #renderRow(row: TreeRow, active: boolean): TemplateResult {
    const { folder } = row;
    const recents = folder.id === RECENTS_ID;
    return html`<div
      part="item"
      class="item"
      role="treeitem"
      data-id=${folder.id}
      data-kind=${recents ? 'recents' : folder.kind}
      tabindex=${active ? 0 : -1}
      aria-level=${row.level}
      aria-setsize=${row.setSize}
      aria-posinset=${row.posInSet}
      aria-expanded=${row.expandable ? String(row.expanded) : nothing}
      aria-selected=${folder.id === this.selectedId ? 'true' : nothing}
      aria-busy=${row.loading ? 'true' : nothing}
      ${cssVar('--_level', String(row.level - 1))}
    >
      <span part="toggle" class="toggle" data-toggle aria-hidden="true"
        >${row.expandable ? html`<svg viewBox="0 0 24 24" focusable="false">${chevron}</svg>` : nothing}</span
      >
      <svg part="item-icon" class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor"
        stroke-width="1.6" stroke-linejoin="round">${recents ? icons.recents : (icons[folder.kind] ?? icons.folder)}</svg>
      <span part="item-label" class="label"><bdi>${this.#title(folder)}</bdi></span>
      ${folder.kind === 'webpage' ? html`<span class="visually-hidden">${msg(', web page')}</span>` : nothing}
    </div>`;
  }
  /* eslint-enable lit-a11y/accessible-name */

  #title(folder: DamFolder): string {
    return folder.title.trim() || (folder.id === this.model.rootId ? msg('All folders') : msg('Untitled folder'));
  }

  get #activeIndex(): number {
    const rows = this.#rows;
    for (const id of [this.activeId, this.selectedId]) {
      const index = id ? rows.findIndex((row) => row.folder.id === id) : -1;
      if (index >= 0) return index;
    }
    return 0;
  }

  #load(parentId: string, cursor: PageCursor | null): Promise<FolderPage> {
    const dam = this.dam;
    if (!dam) return Promise.reject(new Error('No DAM to read folders from.'));
    return dam.queryClient.fetchQuery(foldersQueryOptions(dam.provider, dam.scope, parentId, cursor));
  }

  #select(row: TreeRow): void {
    if (row.folder.id === RECENTS_ID) {
      this.emit('recents-select', {});
      return;
    }
    this.emit('folder-select', { folder: row.folder, path: this.model.pathTo(row.folder.id) });
  }

  #rowElement(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[role="treeitem"][data-id="${CSS.escape(id)}"]`);
  }

  #onKeydown(event: KeyboardEvent): void {
    const rows = this.#rows;
    const index = this.#activeIndex;
    if (isPrintable(event)) {
      const match = this.#typeAhead.find(event.key, rows, index, event.timeStamp);
      if (match !== undefined) void this.#nav.focusIndex(match);
      event.preventDefault();
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    this.#typeAhead.reset(); // navigating ends a type-ahead search
    const action = treeKeyAction(logicalKey(event.key, this), rows, index);
    if (!action) return;
    event.preventDefault();
    if (event.repeat && action.kind === 'activate') return;
    const row = rows[action.index]!;
    if (action.kind === 'move') void this.#nav.focusIndex(action.index);
    else if (action.kind === 'expand') void this.model.expand(row.folder.id);
    else if (action.kind === 'collapse') this.model.collapse(row.folder.id);
    else this.#select(row);
  }

  #onClick(event: MouseEvent): void {
    const target = event.target as Element;
    const item = target.closest<HTMLElement>('[role="treeitem"]');
    const id = item?.dataset['id'];
    const index = id ? this.#rows.findIndex((row) => row.folder.id === id) : -1;
    const row = this.#rows[index];
    if (!row) return;
    this.activeId = row.folder.id;
    if (target.closest('[data-toggle]') && row.expandable) {
      if (row.expanded) this.model.collapse(row.folder.id);
      else void this.model.expand(row.folder.id);
    } else {
      this.#select(row);
    }
  }

  #onFocusIn(event: FocusEvent): void {
    const id = (event.target as HTMLElement).dataset?.['id'];
    if (id && id !== this.activeId) this.activeId = id;
  }

  /** Tab reached the tree while its active row is scrolled away: bring the row back and focus it. */
  #onTreeFocus(event: FocusEvent): void {
    if (event.target === event.currentTarget) this.#nav.containerFocused();
  }

  #onRangeChanged(event: RangeChangedEvent): void {
    this.#nav.rangeChanged(event.first, event.last);
  }

  #onVisibilityChanged(event: VisibilityChangedEvent): void {
    this.#visible = { first: event.first, last: event.last };
    this.#loadVisibleMore();
  }

  /** A wide level loads its next page once its last loaded row comes into view. */
  #loadVisibleMore(): void {
    const rows = this.#rows;
    for (let i = Math.max(0, this.#visible.first); i <= this.#visible.last && i < rows.length; i++) {
      const parent = rows[i]!.loadMoreOf;
      if (parent) void this.model.loadMore(parent);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dam-folder-tree': DamFolderTree;
  }
}
