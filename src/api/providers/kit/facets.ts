// Facets when the DAM's facet service fails: the basic filters, without counts, rather than none.
import { DamError, isAbortError } from '../../errors.js';
import type { FacetGroup, FacetResult } from '../../types.js';

/**
 * `load()`'s facets; when it fails, `fallback()`'s groups without counts (`degraded`). An abort and a
 * lost sign-in are not a failing facet service: they are thrown.
 */
export async function facetsOrFallback(load: () => Promise<FacetResult>, fallback: () => FacetGroup[], signal?: AbortSignal): Promise<FacetResult> {
  try {
    return await load();
  } catch (error) {
    if (isAbortError(error) || signal?.aborted || (error instanceof DamError && error.code === 'unauthorized')) throw error;
    return { groups: fallback(), counts: 'none', degraded: true };
  }
}
