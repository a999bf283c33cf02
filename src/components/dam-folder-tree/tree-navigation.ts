// Keyboard model of <dam-folder-tree> (the WAI-ARIA APG tree view pattern): which key does what
// to which row, and type-ahead. Plain functions over the visible rows; no DOM.
import { clampIndex, homeEndTarget } from '../../internal/roving-focus.js';
import type { TreeRow } from './folder-tree-model.js';

export type TreeKeyAction =
  { kind: 'move'; index: number } | { kind: 'expand'; index: number } | { kind: 'collapse'; index: number } | { kind: 'activate'; index: number };

/** What a key does on the row at `index`, or `undefined` when the tree does not handle it. */
export function treeKeyAction(key: string, rows: readonly TreeRow[], index: number): TreeKeyAction | undefined {
  const row = rows[index];
  if (!row) return undefined;
  const edge = homeEndTarget(key, rows.length);
  if (edge !== undefined) return { kind: 'move', index: edge };
  switch (key) {
    case 'ArrowDown':
      return { kind: 'move', index: clampIndex(index + 1, rows.length) };
    case 'ArrowUp':
      return { kind: 'move', index: clampIndex(index - 1, rows.length) };
    case 'ArrowRight':
      // Closed: open it. Open: go to its first child. A leaf: nothing.
      if (row.expandable && !row.expanded) return { kind: 'expand', index };
      if (row.expanded && rows[index + 1] && rows[index + 1]!.level > row.level) return { kind: 'move', index: index + 1 };
      return { kind: 'move', index };
    case 'ArrowLeft': {
      // Open: close it. Otherwise go to the parent.
      if (row.expanded) return { kind: 'collapse', index };
      for (let i = index - 1; i >= 0; i--) if (rows[i]!.level < row.level) return { kind: 'move', index: i };
      return { kind: 'move', index };
    }
    case 'Enter':
    case ' ':
      return { kind: 'activate', index };
    default:
      return undefined;
  }
}

/** How long typed characters add up to one search. */
const TYPE_AHEAD_MS = 500;

/**
 * Type-ahead: characters typed in quick succession search row titles by prefix; the same
 * character repeated cycles through the rows starting with it.
 */
export class TypeAhead {
  #buffer = '';
  #last = -Infinity;

  /** The row to focus for the typed character, or `undefined` when nothing matches. */
  find(char: string, rows: readonly TreeRow[], index: number, now: number): number | undefined {
    if (now - this.#last > TYPE_AHEAD_MS) this.#buffer = '';
    this.#last = now;
    this.#buffer += char.toLocaleLowerCase();
    const first = this.#buffer[0] ?? '';
    const cycling = [...this.#buffer].every((c) => c === first);
    const needle = cycling ? first : this.#buffer;
    // A new search (or cycling) starts after the current row; a longer prefix may stay on it.
    const start = cycling ? index + 1 : index;
    for (let offset = 0; offset < rows.length; offset++) {
      const candidate = (start + offset) % rows.length;
      if (rows[candidate]!.folder.title.trim().toLocaleLowerCase().startsWith(needle)) return candidate;
    }
    return undefined;
  }

  reset(): void {
    this.#buffer = '';
  }
}

/** A key that types a character (not a shortcut, not space while a search is starting). */
export function isPrintable(event: KeyboardEvent): boolean {
  return event.key.length === 1 && event.key !== ' ' && !event.ctrlKey && !event.metaKey && !event.altKey;
}
