// For the tests of what waits for the first screen's thumbnails (test/components/after-first-thumbnails*.test.ts):
// the grid's virtualizer and the sidebar's code. Both load once a page, so each of those files is its own page
// with one picker, built from the package entry (which defines the sidebar's elements on demand).
import { waitUntil } from '@open-wc/testing';
import { http } from 'msw';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';
import { useHandlers } from './mock-dam.js';
import { tiles } from './picker-helpers.js';

// The development server serves every source module as a file of its own: more than the default 250 entries.
performance.setResourceTimingBufferSize(5000);

/** Holds every thumbnail request until `release()` (never, unless called). */
export function holdThumbnails(): { release: () => void; asked: () => number } {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let asked = 0;
  useHandlers(
    http.get(/\/cdn\/assetThumbnails\//, async () => {
      asked++;
      await held;
    }),
  );
  return { release, asked: () => asked };
}

/**
 * Resolves when the grid has drawn its first screen of tiles: the time then. Observed (a mutation observer's callback
 * runs right after the render), not polled: a poll runs only after the task that drew them, up to 200 ms later.
 */
export async function firstScreenDrawn(picker: DamPicker): Promise<number> {
  await waitUntil(() => picker.grid?.shadowRoot, 'the grid', { interval: 5, timeout: 5000 });
  const root = picker.grid!.shadowRoot!;
  if (tiles(picker).length > 0) throw new Error('The tiles were drawn before the test watched for them.');
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!root.querySelector('[role="option"]')) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

/** The first screen is still a plain grid: the virtualizer has not taken over. */
export const plainFirstScreen = (picker: DamPicker): boolean => picker.grid!.shadowRoot!.querySelector('[part~="listbox"]')!.classList.contains('first-screen');

export const sidebarDefined = (): boolean => customElements.get('dam-folder-tree') !== undefined && customElements.get('dam-facet-list') !== undefined;

/** When the page asked for a module of the virtualizer's or the sidebar's code (Resource Timing). */
export function requestedAt(module: 'grid-virtual' | 'dam-folder-tree' | 'dam-facet-list'): number | undefined {
  return performance.getEntriesByType('resource').find((entry) => new URL(entry.name).pathname.endsWith(`/${module}.ts`))?.startTime;
}
