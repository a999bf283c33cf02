// The state of <dam-folder-tree> without the DOM: which folders are loaded and expanded, paging
// of wide levels, and the flat list of visible rows the element renders (a tree in pre-order,
// each row with its level, position in its level and level size for ARIA).
import type { DamFolder, FolderPage, PageCursor } from '../../api/types.js';

export type FolderLoader = (parentId: string, cursor: PageCursor | null) => Promise<FolderPage>;

export interface TreeRow {
  folder: DamFolder;
  /** 1 for the root. */
  level: number;
  /** 1-based position among its siblings. */
  posInSet: number;
  /** Number of siblings, including ones not loaded yet. */
  setSize: number;
  expanded: boolean;
  /** May have sub-folders: not loaded yet, or loaded and not empty. */
  expandable: boolean;
  /** Its sub-folders are being loaded. */
  loading: boolean;
  /** The last loaded child of a level with more to load: the parent's id. */
  loadMoreOf?: string;
}

interface TreeNode {
  folder: DamFolder;
  parentId: string | null;
  level: number;
  posInSet: number;
  expanded: boolean;
  /** Loaded sub-folder ids, in the DAM's order; `undefined` until the first page arrives. */
  children?: string[];
  total?: number;
  nextCursor: PageCursor | null;
  loading: boolean;
  error?: Error;
}

export class FolderTreeModel {
  readonly #load: FolderLoader;
  readonly #changed: () => void;
  readonly #nodes = new Map<string, TreeNode>();
  #rootId: string | undefined;
  #rows: TreeRow[] | undefined;
  /** Bumped on a new root, so answers for the old tree are dropped. */
  #generation = 0;

  constructor(load: FolderLoader, changed: () => void) {
    this.#load = load;
    this.#changed = changed;
  }

  get rootId(): string | undefined {
    return this.#rootId;
  }

  /** Starts over from this root (expanded) unless it is the current one. */
  setRoot(folder: DamFolder | undefined): void {
    if (folder?.id === this.#rootId) return;
    this.#generation++;
    this.#nodes.clear();
    this.#rootId = folder?.id;
    if (folder) {
      this.#nodes.set(folder.id, { folder, parentId: null, level: 1, posInSet: 1, expanded: false, nextCursor: null, loading: false });
      void this.expand(folder.id);
    }
    this.#commit();
  }

  /** Forgets what was loaded and loads the expanded folders again (e.g. after a failure). */
  reload(): void {
    const root = this.#rootId ? this.#nodes.get(this.#rootId)?.folder : undefined;
    this.#rootId = undefined;
    this.setRoot(root);
  }

  /** Visible rows in display order. */
  get rows(): readonly TreeRow[] {
    this.#rows ??= this.#flatten();
    return this.#rows;
  }

  /** Folders whose sub-folders failed to load. */
  get failed(): Array<{ folder: DamFolder; error: Error }> {
    return [...this.#nodes.values()].flatMap((node) => (node.error ? [{ folder: node.folder, error: node.error }] : []));
  }

  get loading(): boolean {
    return [...this.#nodes.values()].some((node) => node.loading);
  }

  has(id: string): boolean {
    return this.#nodes.has(id);
  }

  /** The folders from the root down to `id`, both included; empty when unknown. */
  pathTo(id: string): DamFolder[] {
    const path: DamFolder[] = [];
    for (let node = this.#nodes.get(id); node; node = node.parentId ? this.#nodes.get(node.parentId) : undefined) {
      path.unshift(node.folder);
    }
    return path;
  }

  async expand(id: string): Promise<void> {
    const node = this.#nodes.get(id);
    if (!node || (node.expanded && !node.error)) return;
    node.expanded = true;
    this.#commit();
    if (node.children === undefined || node.error) await this.#loadPage(node, node.children === undefined ? null : node.nextCursor);
  }

  collapse(id: string): void {
    const node = this.#nodes.get(id);
    if (!node?.expanded) return;
    node.expanded = false;
    this.#commit();
  }

  /** Makes every ancestor of a loaded folder expanded, so its row is visible. */
  reveal(id: string): void {
    let changed = false;
    for (let node = this.#nodes.get(id); node?.parentId;) {
      const parent = this.#nodes.get(node.parentId);
      if (parent && !parent.expanded) {
        parent.expanded = true;
        changed = true;
      }
      node = parent;
    }
    if (changed) this.#commit();
  }

  /** Loads the next page of a wide level. */
  async loadMore(id: string): Promise<void> {
    const node = this.#nodes.get(id);
    if (node && !node.loading && node.nextCursor !== null) await this.#loadPage(node, node.nextCursor);
  }

  async #loadPage(node: TreeNode, cursor: PageCursor | null): Promise<void> {
    if (node.loading) return;
    const generation = this.#generation;
    node.loading = true;
    delete node.error;
    this.#commit();
    try {
      const page = await this.#load(node.folder.id, cursor);
      if (generation !== this.#generation) return;
      const children = cursor === null ? [] : [...(node.children ?? [])];
      for (const folder of page.folders) {
        if (this.#nodes.has(folder.id)) continue; // a page boundary may repeat a folder
        children.push(folder.id);
        this.#nodes.set(folder.id, {
          folder,
          parentId: node.folder.id,
          level: node.level + 1,
          posInSet: children.length,
          expanded: false,
          nextCursor: null,
          loading: false,
        });
      }
      node.children = children;
      node.total = Math.max(page.total, children.length);
      node.nextCursor = page.nextCursor;
    } catch (error) {
      if (generation !== this.#generation) return;
      node.error = error instanceof Error ? error : new Error(String(error));
    } finally {
      if (generation === this.#generation) {
        node.loading = false;
        this.#commit();
      }
    }
  }

  #flatten(): TreeRow[] {
    const rows: TreeRow[] = [];
    const root = this.#rootId ? this.#nodes.get(this.#rootId) : undefined;
    if (!root) return rows;
    const visit = (node: TreeNode, setSize: number): void => {
      const loadedEmpty = node.folder.hasChildren === false || (node.children !== undefined && node.children.length === 0 && node.nextCursor === null);
      rows.push({
        folder: node.folder,
        level: node.level,
        posInSet: node.posInSet,
        setSize,
        expanded: node.expanded && !loadedEmpty,
        expandable: !loadedEmpty,
        loading: node.loading,
      });
      if (!node.expanded || !node.children) return;
      const size = node.total ?? node.children.length;
      let lastChildRow = -1;
      for (const id of node.children) {
        const child = this.#nodes.get(id);
        if (!child) continue;
        lastChildRow = rows.length;
        visit(child, size);
      }
      // The last loaded child stands for "more to load" once it becomes visible.
      const last = rows[lastChildRow];
      if (node.nextCursor !== null && last) last.loadMoreOf = node.folder.id;
    };
    visit(root, 1);
    return rows;
  }

  #commit(): void {
    this.#rows = undefined;
    this.#changed();
  }
}
