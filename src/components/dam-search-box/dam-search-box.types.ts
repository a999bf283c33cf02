// Event name and detail type of <dam-search-box>: an internal coordination event
// (bubbling, not composed) consumed by <dam-picker>.

/** The search text settled (debounced), or Enter, clear or Escape made it final at once. */
export const SEARCH_CHANGE = 'search-change';

export interface SearchChangeDetail {
  /** The search text, trimmed. */
  value: string;
}

export type SearchChangeEvent = CustomEvent<SearchChangeDetail>;
