// Elements whose module is fetched when first needed (a lazy chunk). The define module says how to load
// each (its one dynamic import); a component asks for the tag when it first needs it. Without the define
// module, asking waits for someone else to define the tag.
const loaders = new Map<string, () => Promise<CustomElementConstructor>>();
const loading = new Map<string, Promise<void>>();

/** Registers how to load the element for `tag` (the define module does, for every lazy element). */
export function provideElement(tag: string, load: () => Promise<CustomElementConstructor>): void {
  loaders.set(tag, load);
}

/** Loads and defines `tag` once (skipping a tag already defined, e.g. by a second copy of the picker). */
export function loadElement(tag: string): Promise<void> {
  if (customElements.get(tag)) return Promise.resolve();
  let promise = loading.get(tag);
  if (!promise) {
    const load = loaders.get(tag);
    promise = load
      ? load().then((element) => {
          if (!customElements.get(tag)) customElements.define(tag, element);
        })
      : customElements.whenDefined(tag).then(() => undefined);
    // A failed load (a chunk the network lost) is tried again next time.
    promise.catch(() => loading.delete(tag));
    loading.set(tag, promise);
  }
  return promise;
}
