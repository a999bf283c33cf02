// Helpers for tests that drive a whole <dam-picker>: reaching into its shadow roots for the grid,
// the folder tree, the facets and the footer, and waiting for them to settle.
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';
import type { DamFacetList } from '../../src/components/dam-facet-list/dam-facet-list.js';
import type { DamFolderTree } from '../../src/components/dam-folder-tree/dam-folder-tree.js';
import { API_ORIGIN, BYNDER_PORTAL, SITE, type MockDam } from './mock-dam.js';

export interface PickerOptions {
  selection?: 'single' | 'multiple';
  assetTypes?: string;
  fileTypes?: string;
  rootFolder?: string;
  facetFields?: string;
  width?: number;
  upload?: boolean;
}

export function part(picker: DamPicker, name: string): HTMLElement | null {
  return picker.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

export function tiles(picker: DamPicker): HTMLElement[] {
  return [...(picker.grid?.shadowRoot?.querySelectorAll<HTMLElement>('[role="option"]') ?? [])];
}

export function tree(picker: DamPicker): DamFolderTree {
  return picker.shadowRoot!.querySelector('dam-folder-tree')!;
}

export function facetList(picker: DamPicker): DamFacetList {
  return picker.shadowRoot!.querySelector('dam-facet-list')!;
}

export function treeItem(picker: DamPicker, title: string): HTMLElement | undefined {
  const items = tree(picker)?.shadowRoot?.querySelectorAll<HTMLElement>('[role="treeitem"]') ?? [];
  return [...items].find((item) => item.querySelector('[part~="item-label"]')?.textContent?.trim() === title);
}

/** The checkbox of an option, by the group's and the option's visible labels (pressing "Show all" when needed). */
export function facetCheckbox(picker: DamPicker, group: string, option: string): HTMLInputElement | undefined {
  const fieldsets = facetList(picker).shadowRoot!.querySelectorAll('fieldset');
  const fieldset = [...fieldsets].find((candidate) => candidate.querySelector('legend')?.textContent?.trim() === group);
  const more = fieldset?.querySelector<HTMLButtonElement>('[part~="show-more"]');
  if (more && /Show all/.test(more.textContent ?? '')) more.click();
  const label = [...(fieldset?.querySelectorAll('label') ?? [])].find((candidate) => candidate.querySelector('.option-label')?.textContent?.trim() === option);
  return label?.querySelector('input') ?? undefined;
}

export function shownTotal(picker: DamPicker): number {
  return Number((part(picker, 'count')?.textContent ?? '').replace(/\D/g, ''));
}

export async function resultsShown(picker: DamPicker): Promise<void> {
  await waitUntil(() => /\d results?/.test(part(picker, 'count')?.textContent ?? ''), 'results counted', { timeout: 5000 });
  await waitUntil(() => tiles(picker).length > 0 || picker.grid?.assets.length === 0, 'tiles rendered', { timeout: 5000 });
  await virtualized(picker);
}

/**
 * The virtualizer has taken over from the first screen of tiles (drawn as a plain grid until its code arrives):
 * tests that scroll or step far wait for it.
 */
export async function virtualized(picker: DamPicker): Promise<void> {
  await waitUntil(() => !picker.grid?.shadowRoot?.querySelector('.first-screen'), 'the virtualizer took over', { timeout: 10_000 });
  await picker.grid?.updateComplete;
}

/** Results, the tree's first level and the facets are all in. */
export async function settled(picker: DamPicker): Promise<void> {
  await resultsShown(picker);
  // The model, not the DOM: a collapsed sidebar renders no rows.
  await waitUntil(() => (tree(picker)?.model.rows.length ?? 0) > 0 && !tree(picker).model.loading, 'tree loaded', { timeout: 5000 });
  await waitUntil(() => facetList(picker) && !facetList(picker).loading && facetList(picker).groups.length > 0, 'facets loaded', { timeout: 5000 });
}

/** A Brandworkz picker on the mock DAM with the host's token, once its first results, tree and facets have settled. */
export async function mountPicker(dam: MockDam, options: PickerOptions = {}): Promise<DamPicker> {
  const element = await fixturePicker(dam, options);
  await settled(element);
  return element;
}

/** The same picker, not waited for (its first render is done; its searches are on their way). */
export function fixturePicker(dam: MockDam, options: PickerOptions = {}): Promise<DamPicker> {
  return fixture<DamPicker>(html`<dam-picker
    provider="brandworkz"
    site=${SITE}
    discovery-url=${API_ORIGIN}
    selection=${options.selection ?? 'single'}
    asset-types=${options.assetTypes ?? ''}
    file-types=${options.fileTypes ?? ''}
    root-folder=${options.rootFolder ?? ''}
    facet-fields=${options.facetFields ?? ''}
    ?upload=${options.upload ?? false}
    .tokenProvider=${async () => dam.token}
    style="width: ${options.width ?? 960}px; --dam-picker-height: 640px"
  ></dam-picker>`);
}

/** A 960 px wide Bynder picker on the emulated portal with the host's token (not waited for). */
export function mountBynderPicker(dam: { token: string }): Promise<DamPicker> {
  return fixture<DamPicker>(html`<dam-picker
    provider="bynder"
    site=${BYNDER_PORTAL}
    .tokenProvider=${async () => dam.token}
    style="width: 960px; --dam-picker-height: 640px"
  ></dam-picker>`);
}

/** API requests by endpoint; `simpleSearch` split into asset searches and folder listings. */
export function requests(dam: MockDam, kind: 'assets' | 'folders' | 'search' | 'getCategoryInfo') {
  return dam.emulator.requests.entries.filter((entry) => {
    if (kind === 'search' || kind === 'getCategoryInfo') return entry.endpoint === kind;
    if (entry.endpoint !== 'simpleSearch') return false;
    const folders = (entry.query['assetType'] ?? '').includes('Folder');
    return kind === 'folders' ? folders : !folders;
  });
}

/** Requests to the DAM's API (not thumbnails or pages). */
export function apiRequests(dam: MockDam) {
  return dam.emulator.requests.entries.filter((entry) => ['simpleSearch', 'search', 'getCategoryInfo', 'getAPIURL'].includes(entry.endpoint));
}
