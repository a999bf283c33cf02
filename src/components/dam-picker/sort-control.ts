// The sort control in the toolbar: a labelled native <select> of the orders the DAM gives. "Relevance"
// is offered with a keyword; without one the same choice is the DAM's own order ("Default order").
import { msg } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { SortOrder } from '../../api/types.js';

const SORT_ORDERS: readonly SortOrder[] = ['relevance', 'newest', 'oldest', 'title', 'title-desc'];

/** The `sort` attribute's value as an order; anything else is `relevance`. */
export function parseSort(value: string | null | undefined): SortOrder {
  const sort = (value ?? '').trim().toLowerCase();
  return (SORT_ORDERS as readonly string[]).includes(sort) ? (sort as SortOrder) : 'relevance';
}

function sortLabel(sort: SortOrder, keyword: boolean): string {
  switch (sort) {
    case 'newest':
      return msg('Newest first');
    case 'oldest':
      return msg('Oldest first');
    case 'title':
      return msg('Title A–Z');
    case 'title-desc':
      return msg('Title Z–A');
    default:
      return keyword ? msg('Relevance') : msg('Default order');
  }
}

export interface SortView {
  /** What the DAM can give (`DamProvider.sortOrders`); no control without them. */
  orders: readonly SortOrder[] | undefined;
  sort: SortOrder;
  /** Whether there is a keyword: relevance means something only then. */
  keyword: boolean;
  onSort: (sort: SortOrder) => void;
}

export function renderSort(view: SortView): TemplateResult | typeof nothing {
  const orders = view.orders?.length ? view.orders : undefined;
  if (!orders) return nothing;
  // The DAM's own order is always offered: it is where "relevance" goes without a keyword.
  const offered = orders.includes('relevance') ? orders : ['relevance' as const, ...orders];
  return html`<label class="sort" part="sort">
    <span class="sort-label">${msg('Sort by')}</span>
    <select @change=${(event: Event) => view.onSort(parseSort((event.target as HTMLSelectElement).value))}>
      ${offered.map((sort) => html`<option value=${sort} ?selected=${sort === view.sort}>${sortLabel(sort, view.keyword)}</option>`)}
    </select>
  </label>`;
}

export const sortStyles = css`
  /* Narrow pickers: the sort control goes to a second row rather than squeezing the search box. */
  .toolbar {
    flex-wrap: wrap;
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    white-space: nowrap;
    color: var(--_muted);
    min-block-size: var(--_target);
  }
  .sort select {
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    min-block-size: max(36px, var(--_target));
    max-inline-size: 12rem;
    padding-inline: calc(var(--_space) / 2);
  }
  .sort select:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
`;
