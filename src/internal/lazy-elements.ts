// Elements whose code is a chunk of its own, defined the first time something renders or opens them: the
// folder tree, the facets, the upload dropzone and the dialog are not needed for a picker's first results.
// A tag rendered before its code arrives is upgraded when it is defined (Lit keeps properties set before).
// To split out another element, add a line here (and render it as usual).

const chunks: Record<string, () => Promise<CustomElementConstructor>> = {
  'dam-picker-dialog': () => import('../components/dam-picker-dialog/dam-picker-dialog.js').then((module) => module.DamPickerDialog),
  'dam-folder-tree': () => import('../components/dam-folder-tree/dam-folder-tree.js').then((module) => module.DamFolderTree),
  'dam-facet-list': () => import('../components/dam-facet-list/dam-facet-list.js').then((module) => module.DamFacetList),
  'dam-upload-dropzone': () => import('../components/dam-upload-dropzone/dam-upload-dropzone.js').then((module) => module.DamUploadDropzone),
  'dam-asset-details': () => import('../components/dam-asset-details/details-panel.js').then((module) => module.DamAssetDetails),
};

/** The tags defined on demand. */
export const LAZY_TAGS: readonly string[] = Object.keys(chunks);

const pending = new Map<string, Promise<void>>();

/**
 * Loads the element's chunk (once) and defines its tag, unless the page has it already (a second copy of
 * the picker). A failed load is forgotten, so that the next render tries again.
 */
export function defineLazy(tag: string): Promise<void> {
  let loading = pending.get(tag);
  if (!loading) {
    const load = chunks[tag];
    if (customElements.get(tag) || !load) return Promise.resolve();
    loading = load().then((element) => {
      if (!customElements.get(tag)) customElements.define(tag, element);
    });
    pending.set(tag, loading);
    loading.catch((error: unknown) => {
      pending.delete(tag);
      console.error(`[dam-picker] could not load <${tag}>:`, error);
    });
  }
  return loading;
}

/** For templates: starts loading the tag's code and returns the template part unchanged. */
export function lazy<T>(tag: string, part: T): T {
  void defineLazy(tag).catch(() => undefined);
  return part;
}
