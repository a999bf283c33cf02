// The picker's state without the DOM: what the editor asked for (keyword, folder and scope, filters), the
// integrator's restrictions, and the selection. Components send it intents; it tells its listener when it
// changed; `query()` is the one place a SearchQuery is made. Data flows one way:
// intent → state → query → results (query-core) → render.
import type { DamAsset, DamFolder, FolderScope, SearchQuery, SortOrder } from '../../api/types.js';
import { parseRestrictions, restrictionQuery, type Restrictions } from '../../api/restrictions.js';
import { Selection } from './selection.js';

export class PickerState {
  keyword = '';
  /** From the browse root down to the current folder; empty until the root is known. */
  path: DamFolder[] = [];
  folderScope: FolderScope = 'descendants';
  /** The editor's facet choices, by group id (a null-prototype record: DAM ids such as `__proto__` are plain keys). */
  filters: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  /** Metadata filters were dropped because the DAM's facet service failed. */
  droppedFilters = false;
  restrictions: Restrictions = parseRestrictions('', '', '');
  /** The order asked for (the `sort` attribute, then the editor's choice); `relevance` without a keyword is the DAM's own order. */
  sort: SortOrder = 'relevance';
  /** The folder scopes the DAM offers (the first is the default). */
  scopes: readonly FolderScope[] = [];
  readonly selection = new Selection();
  /** The asset being inspected in the details panel; `undefined`: the panel is closed. */
  inspected: DamAsset | undefined;
  /** Showing "Recently used" instead of a folder's results; any other browsing intent leaves it. */
  recents = false;

  readonly #changed: () => void;

  /** `changed` runs after every intent that changed something. */
  constructor(changed: () => void) {
    this.#changed = changed;
  }

  get root(): DamFolder | undefined {
    return this.path[0];
  }

  get folder(): DamFolder | undefined {
    return this.path.at(-1);
  }

  /** The editor typed a search. */
  search(keyword: string): void {
    if (keyword === this.keyword) return;
    this.keyword = keyword;
    this.recents = false;
    this.#changed();
  }

  /** The editor went to a folder; `path` runs from the root to it (never above the root). */
  openFolder(path: DamFolder[]): void {
    if (path.length === 0 || path[0]?.id !== this.root?.id) return;
    this.path = path;
    this.recents = false;
    this.#changed();
  }

  setScope(scope: FolderScope): void {
    if (scope === this.folderScope) return;
    this.folderScope = scope;
    this.recents = false;
    this.#changed();
  }

  /** The editor (or the `sort` attribute) chose an order. */
  setSort(sort: SortOrder): void {
    if (sort === this.sort) return;
    this.sort = sort;
    this.#changed();
  }

  setFilters(filters: Record<string, string[]>): void {
    this.filters = filters;
    this.droppedFilters = false;
    this.recents = false;
    this.#changed();
  }

  /** The editor chose "Recently used" in the browse tree. */
  showRecents(): void {
    if (this.recents) return;
    this.recents = true;
    this.#changed();
  }

  /** The editor opened the details of an asset (or closed them: `undefined`), or stepped to another. */
  inspect(asset: DamAsset | undefined): void {
    if (asset === this.inspected) return;
    this.inspected = asset;
    this.#changed();
  }

  /** The integrator's `asset-types`, `file-types` and `root-folder` changed. */
  restrict(restrictions: Restrictions): void {
    const rootChanged = restrictions.rootFolder !== this.restrictions.rootFolder;
    this.restrictions = restrictions;
    if (rootChanged) this.path = [];
    this.#changed();
  }

  /** A DAM was connected (or none, `[]`): browsing starts over at its root with its default scope. */
  connect(scopes: readonly FolderScope[]): void {
    this.scopes = scopes;
    this.path = [];
    this.inspected = undefined;
    this.recents = false;
    this.filters = Object.create(null) as Record<string, string[]>;
    this.droppedFilters = false;
    if (scopes.length && !scopes.includes(this.folderScope)) this.folderScope = scopes[0] ?? 'descendants';
    this.#changed();
  }

  /** The browse root arrived: a new root starts the path there. */
  rootLoaded(root: DamFolder | undefined): void {
    if (!root || root.id === this.root?.id) return;
    this.path = [root];
    this.#changed();
  }

  /** The DAM's facet service is down and offers only these groups: other filters are dropped (and that is said). */
  keepOnlyFilters(offered: ReadonlySet<string>): void {
    const kept = Object.create(null) as Record<string, string[]>;
    for (const [id, values] of Object.entries(this.filters)) if (offered.has(id)) kept[id] = values;
    if (Object.keys(kept).length === Object.keys(this.filters).length) return;
    this.filters = kept;
    this.droppedFilters = true;
    this.#changed();
  }

  /** Keyword, folder, scope, filters, sort and restrictions: one query, one cache key. */
  query(): SearchQuery {
    const rootFolder = this.restrictions.rootFolder || undefined;
    const current = this.folder?.id ?? rootFolder;
    // The whole DAM needs no folder parameter; any other folder (or "this folder only", where the DAM offers both
    // scopes) does. With one scope the browse root is the whole DAM (Bynder's is all its collections): the search
    // that starts before the root is known stays the same search once it is.
    const wholeDam = !rootFolder && current === this.root?.id && (this.folderScope === 'descendants' || this.scopes.length < 2);
    const folderId = current && !wholeDam ? current : rootFolder;
    return {
      keyword: this.keyword,
      ...(folderId ? { folderId, folderScope: folderId === current ? this.folderScope : 'descendants' } : {}),
      ...restrictionQuery(this.restrictions),
      ...(Object.keys(this.filters).length ? { filters: this.filters } : {}),
      // Relevance is what the DAM does anyway (with a keyword; without one, its own order): sent as no sort.
      ...(this.sort !== 'relevance' ? { sort: this.sort } : {}),
    };
  }
}
