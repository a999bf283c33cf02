// Event names and detail types of <dam-facet-list>: internal coordination events (bubbling, not
// composed) consumed by <dam-picker>, which owns the query.

export interface FacetChangeDetail {
  /** Every active filter after the change, by facet group id; groups without values are left out. */
  filters: Record<string, string[]>;
}

export type FacetChangeEvent = CustomEvent<FacetChangeDetail>;
